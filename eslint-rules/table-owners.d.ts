import type { Rule } from 'eslint';

declare const tableOwners: Rule.RuleModule;
export default tableOwners;
/** The map TABLE_OWNERS of src/server/platform/db/table-owners.ts, read with TypeScript's parser. */
export function readTableOwners(file?: string): Record<string, string>;
