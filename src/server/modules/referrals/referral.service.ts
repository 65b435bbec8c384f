// The referrals module's use cases (visitation): citizens' circumstances, programmes' eligibility rules and
// the check, the agreements a caseworker may refer to, referrals and the provider's decision, which
// creates the course. Routes and other parts call these; the work is in services/.
export {
  getCircumstances,
  loadCircumstances,
  updateCircumstances,
} from './services/eligibility-circumstances.ts';
/** At the server's start: seals minority-background facts written as text before migration 0017. */
export { sealPlaintextMinorityBackground } from './circumstance.repository.ts';
export {
  addEligibilityRule,
  listEligibilityRules,
  loadRulesOfArea,
  updateEligibilityRule,
} from './services/eligibility-rules.ts';
export { checkCitizenEligibility } from './services/eligibility-check.ts';
export { listReferralOptions, occupancyOf } from './services/referral-options.ts';
export { createReferral } from './services/referral-create.ts';
export { listReferralSuggestions } from './services/referral-suggestions.ts';
export { getReferral, listCitizenReferrals, listReferrals } from './services/referral-read.ts';
export {
  acceptReferral,
  listMentorOptions,
  rejectReferral,
  withdrawReferral,
} from './services/referral-decide.ts';
