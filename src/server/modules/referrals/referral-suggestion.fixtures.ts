// Test fixtures of the suggested providers (service and route tests): providers with a name, a district,
// an agreement in a tender area of their own, a budget frame that buys a number of places in 2026, and
// target-group rules on the area. Synthetic names; the CPR numbers are the tests' own synthetic ones.
import { insertOrganisation } from '../../../../test/support/factories.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EligibilityRuleKind } from '../../platform/db/schema.ts';
import { FIXTURE_PROGRAMME_ORE, insertCourseAgreement } from '../courses/course.fixtures.ts';
import { setProviderDistrict } from './referral.fixtures.ts';

export interface SuggestedProviderFixture {
  name: string;
  district: string | null;
  /** Places the 2026 frame buys; null: no frame. */
  places: number | null;
  rules?: { kind: EligibilityRuleKind; years?: number }[];
}

export async function insertSuggestedProvider(db: Db, fixture: SuggestedProviderFixture) {
  const provider = await insertOrganisation(db, 'provider', fixture.name);
  if (fixture.district) await setProviderDistrict(db, provider.id, fixture.district);
  const { tenderAreaId, agreementId } = await insertCourseAgreement(db, provider.id);
  if (fixture.places !== null) {
    await db
      .insertInto('budgetFrame')
      .values({
        programme: `Ramme ${fixture.name}`,
        tenderAreaId,
        year: 2026,
        // 52 weeks at the fixture's weekly price per place, no aftercare.
        amountOre: fixture.places * 52 * FIXTURE_PROGRAMME_ORE,
        expectedCourseWeeks: 52,
        expectedAftercareWeeks: 0,
      })
      .execute();
  }
  for (const rule of fixture.rules ?? []) {
    await db
      .insertInto('eligibilityRule')
      .values({
        tenderAreaId,
        kind: rule.kind,
        params: JSON.stringify(rule.years === undefined ? {} : { years: rule.years }),
        validFrom: '2023-01-01',
      })
      .execute();
  }
  return { providerId: provider.id, agreementId, tenderAreaId };
}
