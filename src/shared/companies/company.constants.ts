// The company network's fixed lists, without zod, so the web bundle can use them.

/** What a company can offer the provider's citizens (seed 003: internships, small jobs, jobs). */
export const PARTNERSHIP_OFFERS = ['internship', 'small_job', 'job'] as const;
export type PartnershipOffer = (typeof PARTNERSHIP_OFFERS)[number];

/** Seed 003/004: local committees, housing associations with their social plans, volunteers, area renewal, SOF. */
export const LOCAL_PARTNER_KINDS = [
  'local_committee',
  'housing_association',
  'volunteer_organisation',
  'area_renewal',
  'social_services',
  'other',
] as const;
export type LocalPartnerKind = (typeof LOCAL_PARTNER_KINDS)[number];

/** Binding partnerships against the tender's requirement (seed 003: 10–15 companies). */
export const INDICATOR_STATUSES = ['below', 'within', 'above', 'no_requirement'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
