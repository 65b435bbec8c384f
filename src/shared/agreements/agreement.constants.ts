// Plain constants of the agreements API, without zod, so the web app can import them cheaply.
export const PRICE_KINDS = ['programme', 'aftercare'] as const;
export type PriceKindName = (typeof PRICE_KINDS)[number];
export const AGREEMENT_STATUSES = ['draft', 'active', 'terminated'] as const;
/** What users see: 'expired' follows from the end date and today. */
export const DISPLAY_STATUSES = ['draft', 'active', 'terminated', 'expired'] as const;
export type DisplayStatusName = (typeof DISPLAY_STATUSES)[number];
export { EXPORT_FORMATS } from '../export-formats.ts';
