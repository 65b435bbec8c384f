// Permissions and the role → permission map: the one place (ARCHITECTURE.md). Pure data, read by the
// server's route guard, the access layer and the web app's navigation.

export const ROLES = [
  'admin',
  'caseworker',
  'provider_staff',
  'provider_lead',
  'analyst',
  'procurement',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'citizen.read',
  'citizen.search',
  'citizen.create',
  'citizen.access_log.read',
  // The citizen's right of access (GDPR art. 15): everything held about a citizen of the user's own job
  // centre in one document; operators use `indsats citizen export`.
  'citizen.export',
  'user.read',
  'user.manage',
  'organisation.read',
  // Creating organisations and changing their code or name (the administration pages, issue 11).
  'organisation.manage',
  'audit.verify',
  // The operator's health page: database, migrations, audit chain, imports, key fingerprint.
  'system.health',
  // The local rule settings (src/shared/local-settings.ts): read them with their history, set a value.
  'settings.manage',
  'stats.read',
  // Tenders, tender areas, providers, framework agreements and prices. Provider users read only
  // their own agreements and prices (scope in the agreements service).
  'agreement.read',
  'agreement.manage',
  // Budget frames and budget notes with their tables.
  'budget.read',
  'budget.manage',
  // What the frame buys at the agreed prices; provider users see their own provider's capacity.
  'capacity.read',
  // Companies, partnerships and local partners; provider users manage their own provider's.
  'network.read',
  'network.manage',
  // Tender evaluation and the committee's decision record; bids are seen only by procurement and admin.
  'tender.read',
  'tender.manage',
  // Referrals (visitation): caseworkers create and withdraw, providers accept or reject their own.
  'referral.read',
  'referral.create',
  'referral.decide',
  // Courses: read by the citizen's caseworkers and the provider; the provider manages stages,
  // placements, documentation and treatment referrals of its own citizens.
  'course.read',
  'course.manage',
  // The job centre's side of a case: eligibility facts, job talks, preparatory-plan starts, caseworkers.
  'casework.manage',
  // Pauses in a course (illness, hospital stay; issue 14): recorded by the provider's staff on their own
  // courses and by the citizen's caseworker; the agreement decides whether a pause week is paid.
  'course.pause',
  // Course-weeks × weekly prices per provider and month; provider leads see their own provider's.
  'billing.read',
  // The monthly billing basis (issue 14): the provider's lead accepts its own provider's; the
  // administration approves it (and then it is locked), records corrections and invoices received.
  'billing.accept',
  'billing.approve',
  // Timeliness and attendance of job talks per provider and programme (aggregates only).
  'followup.read',
  // Bulk imports (providers, courses, placements, plans, the codebook and DREAM extracts).
  'import.run',
  // Imports that create citizens or link them to providers (personal data).
  'import.personal_data',
  // The three outcome tables: analysts see aggregates, a provider its own row and the total.
  'outcome.read',
  // Saving outcome reports for the committee.
  'outcome.manage',
  // Follow-up meetings with providers (issue 14): the administration and the job centre hold them and
  // agree actions; a provider's lead reads its own provider's and comments on them.
  'meeting.read',
  'meeting.manage',
  'meeting.comment',
  // The committee's reports (issue 14): the report schedule and committee packs (Word and PDF) built from
  // saved outcome reports and the budget status. Analysts and the administration make them; procurement
  // reads them (there is no committee-secretariat role).
  'committee.read',
  'committee.manage',
  // What a provider promised in its bid or agreement against what indsats records (issue 14):
  // procurement and the administration record promises; a provider's lead reads its own provider's.
  'promise.read',
  'promise.manage',
  // The signed-in user's own task list (issue 14): every role has one, since an action agreed at a
  // follow-up meeting may be owned by anyone who takes part. The course tasks in it need course.read.
  'task.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** A route either needs a permission, only a signed-in user, or nobody. */
export type RouteGuard = Permission | 'authenticated' | 'public';

// Seed 000 / issue 3: the administration and procurement maintain tenders, providers, agreements, prices
// and budgets; providers see their own agreement, prices and capacity and maintain their own network;
// caseworkers read providers, capacity and partners.
const READ_PROGRAMMES: readonly Permission[] = ['agreement.read', 'capacity.read', 'network.read'];
const MAINTAIN_PROGRAMMES: readonly Permission[] = [
  ...READ_PROGRAMMES,
  'tender.read',
  'tender.manage',
  'agreement.manage',
  'budget.read',
  'budget.manage',
  'network.manage',
];

// Issue 4: the provider's mentors run the course; they see and decide referrals to their own provider.
const PROVIDER_CASEWORK: readonly Permission[] = [
  'referral.read',
  'referral.decide',
  'course.read',
  'course.manage',
  'course.pause',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The system administrator manages users and the audit trail and may maintain the programmes'
  // master data, but does not see citizens' cases.
  admin: [
    'user.read',
    'user.manage',
    'organisation.read',
    'organisation.manage',
    'audit.verify',
    'system.health',
    'settings.manage',
    ...MAINTAIN_PROGRAMMES,
    'billing.read',
    'billing.approve',
    'import.run',
    'import.personal_data',
    'meeting.read',
    'meeting.manage',
    'meeting.comment',
    'committee.read',
    'committee.manage',
    'promise.read',
    'promise.manage',
    'task.read',
  ],
  caseworker: [
    'citizen.read',
    'citizen.search',
    'citizen.create',
    'citizen.access_log.read',
    'citizen.export',
    'organisation.read',
    ...READ_PROGRAMMES,
    'referral.read',
    'referral.create',
    'course.read',
    'casework.manage',
    'course.pause',
    'followup.read',
    'meeting.read',
    'meeting.manage',
    'meeting.comment',
    'task.read',
  ],
  provider_staff: [
    'citizen.read',
    'citizen.search',
    'organisation.read',
    ...READ_PROGRAMMES,
    'network.manage',
    ...PROVIDER_CASEWORK,
    'task.read',
  ],
  provider_lead: [
    'citizen.read',
    'citizen.search',
    'organisation.read',
    'user.read',
    ...READ_PROGRAMMES,
    'network.manage',
    ...PROVIDER_CASEWORK,
    'billing.read',
    'billing.accept',
    'followup.read',
    'outcome.read',
    'meeting.read',
    'meeting.comment',
    'promise.read',
    'task.read',
  ],
  // Analysts see aggregates and pseudonymised rows, never names or CPR numbers.
  analyst: [
    'organisation.read',
    'stats.read',
    ...READ_PROGRAMMES,
    'budget.read',
    'tender.read',
    'billing.read',
    'followup.read',
    'import.run',
    'outcome.read',
    'outcome.manage',
    'meeting.read',
    'meeting.manage',
    'meeting.comment',
    'committee.read',
    'committee.manage',
    'promise.read',
    'task.read',
  ],
  procurement: [
    'organisation.read',
    'stats.read',
    ...MAINTAIN_PROGRAMMES,
    'billing.read',
    'billing.approve',
    'followup.read',
    'outcome.read',
    'meeting.read',
    'meeting.manage',
    'meeting.comment',
    'committee.read',
    'promise.read',
    'promise.manage',
    'task.read',
  ],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
