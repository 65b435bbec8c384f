// The formats every table export offers: XLSX, CSV with Danish number format, CSV with a decimal point.
export const EXPORT_FORMATS = ['xlsx', 'csv', 'csv-en'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
