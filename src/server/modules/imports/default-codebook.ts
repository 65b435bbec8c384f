// The default codebook of DREAM's weekly codes (ydelseskoder), built from research/domain.md §1.4: codes
// found in three independent public sources (A: BMC Public Health 2023;23:224 table 2; B: a public
// research script mapping.R; C: DREAMtoolsR u.spells.R). STAR's official list was not found, so every
// code ships unverified (verified = false); the administration loads the official list over it with
// `indsats import codebook`. The research's fine categories map to the four the outcome tables use:
//   benefit       — public maintenance: dagpenge, kontanthjælp, ledighedsydelse, sygedagpenge,
//                   revalidering, fleksjob, førtidspension and health-related benefits;
//   education     — SU-related codes (651, 652, 521): not a benefit, counts as education;
//   non_benefit   — codes source A counts as "not a benefit recipient" (121, 661, 881 barsel);
//   exit_register — censoring (997–999: death, emigration, folkepension) and pension/withdrawal (621, 996).
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import { refreshBenefitWeeks } from './benefit-weeks.ts';

export interface CodebookEntry {
  code: string;
  meaning: string;
  category: RegisterCategory;
  verified: boolean;
}

const B = 'benefit';
const E = 'education';
const N = 'non_benefit';
const X = 'exit_register';

// [code, meaning (Danish, with the research's confidence), category]
const ROWS: ReadonlyArray<readonly [string, string, RegisterCategory]> = [
  ['111', 'A-dagpenge (ikke verificeret)', B],
  ['115', 'A-dagpenge, variant (ikke verificeret)', B],
  ['121', 'Ikke ydelsesmodtager i kilde A; betydning ukendt, måske feriedagpenge (ikke verificeret)', N],
  ['130', 'Kontanthjælp, variant (ikke verificeret)', B],
  ['133', 'Kontanthjælp, variant (ikke verificeret)', B],
  ['140', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['143', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['213', 'Dagpenge-relateret, sandsynligvis aktivering (ikke verificeret)', B],
  ['217', 'Dagpenge-relateret, variant (ikke verificeret)', B],
  ['521', 'Grupperet som uddannelse; betydning ukendt (ikke verificeret)', E],
  ['621', 'Grupperet som pension/tilbagetrækning; betydning ukendt (ikke verificeret)', X],
  ['651', 'Uddannelse (SU-relateret); ikke ydelsesmodtager (ikke verificeret)', E],
  ['652', 'Uddannelse (SU-relateret); ikke ydelsesmodtager (ikke verificeret)', E],
  ['661', 'Ikke ydelsesmodtager i kilde A; betydning ukendt (ikke verificeret)', N],
  ['700', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['723', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['727', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['730', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['733', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['740', 'Fleksjob-relateret og ledig, sandsynligvis ledighedsydelse (ikke verificeret)', B],
  ['750', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['753', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['754', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['755', 'Revalidering, helbredsrelateret (ikke verificeret)', B],
  ['756', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['757', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['758', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['760', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['763', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['764', 'Revalidering, helbredsrelateret (ikke verificeret)', B],
  ['765', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['766', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['767', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['768', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['771', 'Fleksjob (ikke verificeret)', B],
  ['774', 'Sygedagpenge, variant (ikke verificeret)', B],
  ['775', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['781', 'Helbredsrelateret, sandsynligvis førtidspension (ikke verificeret)', B],
  ['783', 'Førtidspension (ikke verificeret)', B],
  ['785', 'Helbredsrelateret, sandsynligvis førtidspension (ikke verificeret)', B],
  ['810', 'Revalidering (ikke verificeret)', B],
  ['813', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['814', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['815', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['816', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['817', 'Revalidering, helbredsrelateret (ikke verificeret)', B],
  ['818', 'Helbredsrelateret ydelse (ikke verificeret)', B],
  ['870', 'Kontanthjælp-relateret, variant (ikke verificeret)', B],
  ['873', 'Revalideringsrelateret, variant (ikke verificeret)', B],
  ['881', 'Barsel; ikke ydelsesmodtager i kilde A (ikke verificeret)', N],
  ['890', 'Sygedagpenge (ikke verificeret)', B],
  ['893', 'Sygedagpenge, variant (ikke verificeret)', B],
  ['897', 'Sygedagpenge, variant (ikke verificeret)', B],
  ['899', 'Sygedagpenge, variant (ikke verificeret)', B],
  ['996', 'Grupperet som pension; betydning ukendt (ikke verificeret)', X],
  ['997', 'Censurkode: død, udvandret eller pension (ikke verificeret)', X],
  ['998', 'Censurkode, sandsynligvis folkepension (ikke verificeret)', X],
  ['999', 'Censurkode: død eller udvandret (ikke verificeret)', X],
];

export const DEFAULT_CODEBOOK: readonly CodebookEntry[] = ROWS.map(([code, meaning, category]) => ({
  code,
  meaning,
  category,
  verified: false,
}));

/**
 * Loads the default codebook when register_code is empty (a fresh installation, the demo); returns
 * whether it did. A loaded codebook, verified or not, is never touched.
 */
export async function ensureDefaultCodebook(db: Db | Tx): Promise<boolean> {
  const existing = await db
    .selectFrom('registerCode')
    .select(sql<number>`1`.as('one'))
    .limit(1)
    .execute();
  if (existing.length > 0) return false;
  await db
    .insertInto('registerCode')
    .values(DEFAULT_CODEBOOK.map((entry) => ({ ...entry })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  // Persons already in the register (none, as a rule) get their benefit weeks under this codebook.
  await refreshBenefitWeeks(db);
  return true;
}
