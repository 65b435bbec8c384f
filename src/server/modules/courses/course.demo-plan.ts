// The courses demo's plan, part 3: everyone — about 300 synthetic citizens of Jobcenter København with
// their circumstances and referrals to the four providers of the synthetic 2025 tender (most accepted
// with a course, some pending, a few rejected), and some citizens not referred. Pure and deterministic.
import { addDays } from '../../../shared/dates.ts';
import { cprBirthYear } from '../../../shared/cpr.ts';
import { DISTRICTS } from '../../../shared/districts.ts';
import { syntheticCpr, syntheticName } from '../../seed/synthetic.ts';
import { planCourse } from './course.demo-course.ts';
import {
  chance,
  dateBetween,
  DEMO_PROVIDERS,
  DEMO_TODAY,
  FIRST_REFERRAL,
  int,
  LAST_REFERRAL,
  minDate,
  pick,
  UNREFERRED,
  type Circumstances,
  type DemoProvider,
  type PlannedCitizen,
  type PlannedReferral,
  type Rng,
} from './course.demo-data.ts';
import { REFERRAL_NOTES, REJECTION_REASONS } from './course.demo-texts.ts';

// Women with a minority background (area 2) get names from these lists; everyone else syntheticName.
const WOMEN_FIRST = [
  'Fatima',
  'Yasmin',
  'Zainab',
  'Nadia',
  'Leila',
  'Amina',
  'Hodan',
  'Samira',
  'Maryam',
  'Nour',
  'Elif',
  'Aisha',
];
const WOMEN_SURNAMES = [
  'Ali',
  'Hussein',
  'Yilmaz',
  'Ahmed',
  'Mohamed',
  'Hassan',
  'Abdi',
  'Osman',
  'Kaya',
  'Demir',
];

/** A CPR number born in [fromYear, toYear], a woman's (even last digit) when asked. */
function cprFor(
  rng: Rng,
  fromYear: number,
  toYear: number,
  woman: boolean | null,
  used: Set<string>,
): string {
  for (;;) {
    const cpr = syntheticCpr(rng);
    const year = cprBirthYear(Number(cpr.slice(4, 6)), Number(cpr[6]));
    if (year < fromYear || year > toYear || used.has(cpr)) continue;
    if (woman !== null && (Number(cpr[9]) % 2 === 0) !== woman) continue;
    used.add(cpr);
    return cpr;
  }
}

function districtNear(rng: Rng, home: string): string {
  return chance(rng, 0.7) ? home : pick(rng, DISTRICTS);
}

// ---- everyone ------------------------------------------------------------------------------------

/** The whole plan: referred citizens per provider, then the unreferred. */
export function planCoursesDemo(
  rng: Rng,
  providers: readonly DemoProvider[] = DEMO_PROVIDERS,
  unreferred = UNREFERRED,
): PlannedCitizen[] {
  const used = new Set<string>();
  const citizens: PlannedCitizen[] = [];
  for (const provider of providers) {
    for (let i = 0; i < provider.citizens; i++) {
      const women = provider.area === 2;
      // Born 1962–1993: 30 or over when referred in 2025–2026 (the min_age rule), under 65.
      const cpr = cprFor(rng, 1962, 1993, women ? true : null, used);
      const name = women ? `${pick(rng, WOMEN_FIRST)} ${pick(rng, WOMEN_SURNAMES)}` : syntheticName(rng);
      // About one in seventeen waits for the provider's answer; about one in twenty is rejected.
      const status: PlannedReferral['status'] =
        i % 17 === 5 ? 'pending' : i % 20 === 11 ? 'rejected' : 'accepted';
      const referredOn =
        status === 'pending'
          ? dateBetween(rng, addDays(DEMO_TODAY, -24), addDays(DEMO_TODAY, -1))
          : dateBetween(rng, FIRST_REFERRAL, LAST_REFERRAL);
      // Area 1 carries the Sydhavnen rules (fewer than 5 years on benefits, an abuse problem): the
      // rejected referrals there are citizens who have been on benefits longer.
      const years =
        provider.area === 1 ? (status === 'rejected' ? int(rng, 6, 12) : int(rng, 0, 4)) : int(rng, 1, 12);
      const circumstances: Circumstances = {
        benefitType: 'cash_benefit',
        activityReady: true,
        onBenefitsSince: addDays(referredOn, -(years * 365 + int(rng, 30, 330))),
        minorityBackground: women || chance(rng, 0.2),
        abuseProblem: provider.area === 1 ? true : chance(rng, 0.05),
      };
      const district = districtNear(rng, provider.district);
      const decidedOn = status === 'pending' ? null : addDays(referredOn, int(rng, 2, 9));
      const startsOn = decidedOn ? minDate(addDays(decidedOn, int(rng, 3, 14)), DEMO_TODAY) : null;
      citizens.push({
        cpr,
        name,
        district,
        circumstances,
        referral: {
          provider,
          referredOn,
          status,
          decidedOn,
          decisionReason:
            status !== 'rejected'
              ? null
              : provider.area === 1
                ? REJECTION_REASONS[0]!
                : pick(rng, REJECTION_REASONS.slice(1)),
          outsideDistrict: district !== provider.district,
          note: chance(rng, 0.5) ? pick(rng, REFERRAL_NOTES) : null,
          caseworker: chance(rng, 0.65) ? 'sagsbehandler' : 'sagsbehandler2',
          course:
            status === 'accepted' && startsOn
              ? planCourse(rng, provider, startsOn, circumstances.abuseProblem)
              : null,
        },
      });
    }
  }
  for (let i = 0; i < unreferred; i++) {
    // Some too young for the programmes (25–29), some job-ready, some on other benefits.
    const young = i % 3 === 0;
    const cpr = cprFor(rng, young ? 1997 : 1962, young ? 2000 : 1993, null, used);
    citizens.push({
      cpr,
      name: syntheticName(rng),
      district: pick(rng, DISTRICTS),
      circumstances: {
        // The demo's today is after 1 Jul 2025: uddannelseshjælp is kontanthjælp now (benefit-types.ts).
        benefitType: i % 4 === 1 ? 'sickness_benefit' : 'cash_benefit',
        activityReady: i % 5 !== 2,
        onBenefitsSince: addDays(DEMO_TODAY, -int(rng, 200, 4000)),
        minorityBackground: chance(rng, 0.3),
        abuseProblem: chance(rng, 0.3),
      },
      referral: null,
    });
  }
  return citizens;
}
