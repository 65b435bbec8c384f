// Organisations on the administration pages: the list with user counts, create, and a new code or name.
// The rules are organisation.service.ts's, shared with `indsats orgs add`; this adds the signed-in
// administrator's audit rows. Runs as the app role: it may read and write organisations, and count users.
import type {
  CreateOrganisationInput,
  OrganisationList,
  OrganisationView,
  UpdateOrganisationInput,
} from '../../../shared/admin/admin.schemas.ts';
import { withActorTransaction, type Ctx } from '../../platform/context.ts';
import * as repo from './organisation.repository.ts';
import { auditAdministration, createOrganisation, updateOrganisation } from './organisation.service.ts';

export async function listOrganisationsForAdmin(ctx: Ctx): Promise<OrganisationList> {
  return withActorTransaction(ctx, async (tx) => ({
    items: (await repo.listOrganisationsWithUserCounts(tx)).map((row) => ({
      ...row,
      userCount: Number(row.userCount),
      activeUserCount: Number(row.activeUserCount),
    })),
  }));
}

export async function createOrganisationByAdmin(
  ctx: Ctx,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  return withActorTransaction(ctx, async (tx) => {
    const created = await createOrganisation(tx, input);
    await auditAdministration(
      tx,
      ctx.actor,
      'organisation',
      created.id,
      { kind: created.kind, code: created.code },
      { requestId: ctx.requestId },
    );
    return { ...created, userCount: 0, activeUserCount: 0 };
  });
}

export async function updateOrganisationByAdmin(
  ctx: Ctx,
  id: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationView> {
  return withActorTransaction(ctx, async (tx) => {
    const { before, after } = await updateOrganisation(tx, id, input);
    const changes = Object.fromEntries(
      (['code', 'name'] as const)
        .filter((field) => before[field] !== after[field])
        .map((field) => [field, { from: before[field], to: after[field] }]),
    );
    if (Object.keys(changes).length > 0) {
      await auditAdministration(
        tx,
        ctx.actor,
        'organisation',
        id,
        { changes },
        { action: 'update', requestId: ctx.requestId },
      );
    }
    const counts = (await repo.listOrganisationsWithUserCounts(tx)).find((row) => row.id === id);
    return {
      ...after,
      userCount: Number(counts?.userCount ?? 0),
      activeUserCount: Number(counts?.activeUserCount ?? 0),
    };
  });
}
