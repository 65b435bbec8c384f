// Test fixtures of the referral part (service tests): a provider with a budget frame that buys a given
// number of places, a provider's district, and the AppError a refused call gives.
import { AppError } from '../../../shared/errors.ts';
import { insertOrganisation, insertUser } from '../../../../test/support/factories.ts';
import type { Db } from '../../platform/db/client.ts';
import { FIXTURE_PROGRAMME_ORE, insertCourseAgreement } from '../courses/course.fixtures.ts';

export async function setProviderDistrict(db: Db, providerId: string, district: string) {
  await db.insertInto('providerProfile').values({ organisationId: providerId, district }).execute();
}

/** A provider whose agreement's budget frame for `year` buys `places` citizens at a time. */
export async function insertProviderWithPlaces(db: Db, places: number, year = 2026) {
  const provider = await insertOrganisation(db, 'provider');
  const staff = await insertUser(db, provider, ['provider_staff']);
  const { tenderAreaId, agreementId } = await insertCourseAgreement(db, provider.id);
  await db
    .insertInto('budgetFrame')
    .values({
      programme: `Ramme ${provider.code}`,
      tenderAreaId,
      year,
      // 52 weeks at the fixture's weekly price per place, no aftercare.
      amountOre: places * 52 * FIXTURE_PROGRAMME_ORE,
      expectedCourseWeeks: 52,
      expectedAftercareWeeks: 0,
    })
    .execute();
  return { providerId: provider.id, agreementId, staff };
}

/** The code and field errors of the AppError a call is refused with; undefined when it succeeds. */
export async function refusalOf(
  promise: Promise<unknown>,
): Promise<{ code: string; fields: Record<string, string> | undefined } | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, fields: error.fields };
  }
}
