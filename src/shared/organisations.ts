// The kinds of organisation (schema.ts's OrganisationKind), for the command line's help and validation.
export const ORGANISATION_KINDS = ['administration', 'job_centre', 'provider'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];
