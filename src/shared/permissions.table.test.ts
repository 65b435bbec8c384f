// The role × permission table, written out by hand and reviewed by a person (issue 10, defect 11). The
// authorisation matrix test derives its expectations from ROLE_PERMISSIONS, so a grant given to the wrong
// role passed every test; this table is the independent statement of who may do what. Changing a grant
// means changing both the map and this table, in a commit a reviewer reads.
//
// x = granted, - = not granted. One line per permission (PERMISSIONS' order), one column per role.
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from './permissions.ts';

// prettier-ignore
const TABLE = `
  permission                admin  caseworker  provider_staff  provider_lead  analyst  procurement
  citizen.read                -        x             x               x           -          -
  citizen.search              -        x             x               x           -          -
  citizen.create              -        x             -               -           -          -
  citizen.access_log.read     -        x             -               -           -          -
  citizen.export              -        x             -               -           -          -
  user.read                   x        -             -               x           -          -
  user.manage                 x        -             -               -           -          -
  organisation.read           x        x             x               x           x          x
  organisation.manage         x        -             -               -           -          -
  audit.verify                x        -             -               -           -          -
  system.health               x        -             -               -           -          -
  settings.manage             x        -             -               -           -          -
  stats.read                  -        -             -               -           x          x
  agreement.read              x        x             x               x           x          x
  agreement.manage            x        -             -               -           -          x
  budget.read                 x        -             -               -           x          x
  budget.manage               x        -             -               -           -          x
  capacity.read               x        x             x               x           x          x
  network.read                x        x             x               x           x          x
  network.manage              x        -             x               x           -          x
  tender.read                 x        -             -               -           x          x
  tender.manage               x        -             -               -           -          x
  referral.read               -        x             x               x           -          -
  referral.create             -        x             -               -           -          -
  referral.decide             -        -             x               x           -          -
  course.read                 -        x             x               x           -          -
  course.manage               -        -             x               x           -          -
  casework.manage             -        x             -               -           -          -
  course.pause                -        x             x               x           -          -
  billing.read                x        -             -               x           x          x
  billing.accept              -        -             -               x           -          -
  billing.approve             x        -             -               -           -          x
  followup.read               -        x             -               x           x          x
  import.run                  x        -             -               -           x          -
  import.personal_data        x        -             -               -           -          -
  outcome.read                -        -             -               x           x          x
  outcome.manage              -        -             -               -           x          -
  meeting.read                x        x             -               x           x          x
  meeting.manage              x        x             -               -           x          x
  meeting.comment             x        x             -               x           x          x
  committee.read              x        -             -               -           x          x
  committee.manage            x        -             -               -           x          -
  promise.read                x        -             -               x           x          x
  promise.manage              x        -             -               -           -          x
  task.read                   x        x             x               x           x          x
`;

const [header, ...rows] = TABLE.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));
const roles = header!.slice(1);
const permissions = rows.map((row) => row[0]!);

/** The table's grants as `role permission` pairs. */
function tableGrants(): string[] {
  return rows.flatMap(([permission, ...marks]) => {
    expect(marks, permission).toHaveLength(roles.length);
    for (const mark of marks) expect(['x', '-'], `${permission}: ${mark}`).toContain(mark);
    return roles.filter((_, i) => marks[i] === 'x').map((role) => `${role} ${permission}`);
  });
}

function mapGrants(): string[] {
  return ROLES.flatMap((role) => ROLE_PERMISSIONS[role].map((permission) => `${role} ${permission}`));
}

describe('the reviewed role × permission table', () => {
  it('has one column per role and one line per permission, in the code’s order', () => {
    expect(roles).toEqual([...ROLES]);
    expect(permissions).toEqual([...PERMISSIONS]);
  });

  it('equals the role → permission map exactly, in both directions', () => {
    const table = tableGrants();
    const map = mapGrants();
    expect({
      grantedInTheMapOnly: map.filter((grant) => !table.includes(grant)),
      grantedInTheTableOnly: table.filter((grant) => !map.includes(grant)),
    }).toEqual({ grantedInTheMapOnly: [], grantedInTheTableOnly: [] });
    expect(new Set(map).size, 'a role lists a permission twice').toBe(map.length);
  });
});
