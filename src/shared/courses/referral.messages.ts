// Error and field messages of the courses module's referral part (keys "referral.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts. The eligibility reasons
// ("referral.eligibility.…") are the plain sentences a caseworker reads beside each rule.
export const referralMessagesDa = {
  'referral.offer_type_required': 'Vælg tilbuddets type efter lov om en aktiv beskæftigelsesindsats.',
  'referral.offer_from_required': 'Skriv tilbuddets startdato (dd-mm-åååå).',
  'referral.offer_to_required': 'Skriv tilbuddets slutdato (dd-mm-åååå).',
  'referral.offer_period': 'Tilbuddets slutdato kan ikke ligge før startdatoen.',
  'referral.informed_on_required': 'Skriv datoen, hvor borgeren blev orienteret om tilbuddet (dd-mm-åååå).',
  'referral.response_required': 'Angiv borgerens svar på tilbuddet: tager imod eller siger nej.',
  'referral.refusal_reason_required': 'Skriv borgerens begrundelse for at sige nej, som borgeren gav den.',
  'referral.target_group_reason_required':
    'Borgeren opfylder ikke forløbets målgruppekrav. Skriv den gode grund til at henvise alligevel.',
  'referral.agreement_not_found': 'Vælg et forløb (en leverandør med en rammeaftale).',
  'referral.agreement_not_active': 'Rammeaftalen er ikke aktiv på henvisningsdatoen.',
  'referral.already_pending': 'Borgeren har allerede en henvisning, der venter på svar.',
  'referral.already_in_course': 'Borgeren er allerede i et forløb, der ikke er afsluttet.',
  'referral.not_pending': 'Henvisningen er allerede afgjort eller trukket tilbage.',
  'referral.informed_after_referral': 'Datoen for information kan ikke ligge efter henvisningsdatoen.',
  'referral.start_before_referral': 'Forløbet kan ikke starte før henvisningsdatoen.',
  'referral.start_outside_agreement': 'Startdatoen ligger uden for rammeaftalens periode.',
  'referral.mentor_unknown': 'Vælg en aktiv medarbejder hos leverandøren som mentor.',
  'referral.first_stage': 'Et forløb begynder i intern træningsbane eller virksomhedspraktik.',
  'referral.reason_required': 'Skriv en begrundelse for afvisningen.',
  'referral.rule_period': 'Slutdatoen kan ikke ligge før startdatoen.',
  'referral.rule_params': 'Angiv antal år (et helt tal fra 0 til 100).',
  'referral.warning.capacity_now':
    'Leverandøren er fuld ({occupied} af {places} pladser optaget). Henvisningen er oprettet og kan vente.',
  'referral.warning.capacity': 'Leverandøren var fuld, da borgeren blev henvist. Henvisningen kan vente.',
  'referral.warning.outside_district':
    'Borgeren bor uden for leverandørens bydel ({citizenDistrict} / {providerDistrict}). Det er tilladt og markeret.',
  'referral.warning.outside_target_group':
    'Borgeren opfyldte ikke forløbets målgruppekrav på henvisningsdatoen. Henvist med begrundelse og markeret.',
  'referral.warning.refused': 'Borgeren har sagt nej til tilbuddet. Svaret er registreret.',
  'referral.eligibility.no_rules': 'Forløbet har ingen målgruppekrav på datoen.',
  'referral.eligibility.activity_ready_cash_benefit.ok': 'Borgeren er aktivitetsparat kontanthjælpsmodtager.',
  'referral.eligibility.activity_ready_cash_benefit.not_cash_benefit': 'Borgeren modtager ikke kontanthjælp.',
  'referral.eligibility.activity_ready_cash_benefit.not_activity_ready': 'Borgeren er ikke aktivitetsparat.',
  'referral.eligibility.activity_ready_cash_benefit.unknown':
    'Det er ikke registreret, om borgeren er aktivitetsparat kontanthjælpsmodtager.',
  'referral.eligibility.activity_ready_cash_benefit.benefit_ceased':
    'Den registrerede forsørgelse ophørte {lastDay} og blev til kontanthjælp (aktivloven §§ 16-20). Registrér borgerens forsørgelse på datoen.',
  'referral.benefit_type_ceased':
    'Forsørgelsen ophørte {lastDay} og blev til kontanthjælp (aktivloven §§ 16-20). Vælg en forsørgelse, der gælder i dag.',
  'referral.eligibility.min_age.ok': 'Borgeren er {age} år og dermed mindst {years} år.',
  'referral.eligibility.min_age.too_young': 'Borgeren er {age} år, men skal være mindst {years} år.',
  'referral.eligibility.min_age.unknown': 'Borgerens alder kan ikke læses af CPR-nummeret.',
  'referral.eligibility.women_minority_background.ok': 'Borgeren er kvinde med minoritetsbaggrund.',
  'referral.eligibility.women_minority_background.not_woman':
    'Forløbet er for kvinder, og borgeren er efter CPR-nummeret en mand.',
  'referral.eligibility.women_minority_background.no_minority_background':
    'Borgeren har ikke minoritetsbaggrund.',
  'referral.eligibility.women_minority_background.unknown':
    'Det er ikke registreret, om borgeren har minoritetsbaggrund.',
  'referral.eligibility.max_years_on_benefits.ok':
    'Borgeren har været på offentlig forsørgelse siden {since}, ikke over {years} år.',
  'referral.eligibility.max_years_on_benefits.too_long':
    'Borgeren har været på offentlig forsørgelse siden {since}, dvs. over {years} år.',
  'referral.eligibility.max_years_on_benefits.unknown':
    'Det er ikke registreret, hvornår borgeren kom på offentlig forsørgelse.',
  'referral.eligibility.abuse_problem.ok': 'Borgeren har et misbrugsproblem.',
  'referral.eligibility.abuse_problem.no': 'Borgeren har ikke et registreret misbrugsproblem.',
  'referral.eligibility.abuse_problem.unknown':
    'Det er ikke registreret, om borgeren har et misbrugsproblem.',
} as const;

export const referralMessagesEn: Record<keyof typeof referralMessagesDa, string> = {
  'referral.offer_type_required': 'Choose the type of offer under the Act on an Active Employment Effort.',
  'referral.offer_from_required': "Enter the offer's start date (dd-mm-yyyy).",
  'referral.offer_to_required': "Enter the offer's end date (dd-mm-yyyy).",
  'referral.offer_period': "The offer's end date cannot be before its start date.",
  'referral.informed_on_required': 'Enter the date the citizen was informed about the offer (dd-mm-yyyy).',
  'referral.response_required': "Give the citizen's response to the offer: accepts or refuses.",
  'referral.refusal_reason_required': "Write the citizen's reason for refusing, as the citizen gave it.",
  'referral.target_group_reason_required':
    "The citizen does not meet the programme's target-group requirements. Give the good reason to refer anyway.",
  'referral.agreement_not_found': 'Choose a programme (a provider with a framework agreement).',
  'referral.agreement_not_active': 'The framework agreement is not active on the referral date.',
  'referral.already_pending': 'The citizen already has a referral waiting for an answer.',
  'referral.already_in_course': 'The citizen is already in a course that has not ended.',
  'referral.not_pending': 'The referral has already been decided or withdrawn.',
  'referral.informed_after_referral': 'The date the citizen was informed cannot be after the referral date.',
  'referral.start_before_referral': 'The course cannot start before the referral date.',
  'referral.start_outside_agreement': "The start date is outside the framework agreement's period.",
  'referral.mentor_unknown': "Choose an active member of the provider's staff as mentor.",
  'referral.first_stage': 'A course starts in internal training or an external internship.',
  'referral.reason_required': 'Give a reason for the rejection.',
  'referral.rule_period': 'The end date cannot be before the start date.',
  'referral.rule_params': 'Give the number of years (a whole number from 0 to 100).',
  'referral.warning.capacity_now':
    'The provider is full ({occupied} of {places} places taken). The referral has been created and can wait.',
  'referral.warning.capacity': 'The provider was full when the citizen was referred. The referral can wait.',
  'referral.warning.outside_district':
    "The citizen lives outside the provider's district ({citizenDistrict} / {providerDistrict}). This is allowed and marked.",
  'referral.warning.outside_target_group':
    "The citizen did not meet the programme's target-group requirements on the referral date. Referred with a reason and marked.",
  'referral.warning.refused': 'The citizen has refused the offer. The response is recorded.',
  'referral.eligibility.no_rules': 'The programme has no target-group requirements on the date.',
  'referral.eligibility.activity_ready_cash_benefit.ok':
    'The citizen is an activity-ready cash-benefit recipient.',
  'referral.eligibility.activity_ready_cash_benefit.not_cash_benefit':
    'The citizen does not receive cash benefit.',
  'referral.eligibility.activity_ready_cash_benefit.not_activity_ready': 'The citizen is not activity-ready.',
  'referral.eligibility.activity_ready_cash_benefit.unknown':
    'It is not recorded whether the citizen is an activity-ready cash-benefit recipient.',
  'referral.eligibility.activity_ready_cash_benefit.benefit_ceased':
    'The recorded benefit ceased on {lastDay} and became cash benefit (aktivloven §§ 16-20). Record the benefit on the date.',
  'referral.benefit_type_ceased':
    'The benefit ceased on {lastDay} and became cash benefit (aktivloven §§ 16-20). Choose a benefit in force today.',
  'referral.eligibility.min_age.ok': 'The citizen is {age} and so at least {years}.',
  'referral.eligibility.min_age.too_young': 'The citizen is {age} but must be at least {years}.',
  'referral.eligibility.min_age.unknown': "The citizen's age cannot be read from the CPR number.",
  'referral.eligibility.women_minority_background.ok': 'The citizen is a woman with a minority background.',
  'referral.eligibility.women_minority_background.not_woman':
    'The programme is for women, and by the CPR number the citizen is a man.',
  'referral.eligibility.women_minority_background.no_minority_background':
    'The citizen does not have a minority background.',
  'referral.eligibility.women_minority_background.unknown':
    'It is not recorded whether the citizen has a minority background.',
  'referral.eligibility.max_years_on_benefits.ok':
    'The citizen has been on public benefits since {since}, not more than {years} years.',
  'referral.eligibility.max_years_on_benefits.too_long':
    'The citizen has been on public benefits since {since}, more than {years} years.',
  'referral.eligibility.max_years_on_benefits.unknown':
    'It is not recorded when the citizen started on public benefits.',
  'referral.eligibility.abuse_problem.ok': 'The citizen has an abuse problem.',
  'referral.eligibility.abuse_problem.no': 'The citizen has no recorded abuse problem.',
  'referral.eligibility.abuse_problem.unknown':
    'It is not recorded whether the citizen has an abuse problem.',
};
