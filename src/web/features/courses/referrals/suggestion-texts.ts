// UI texts of the suggested providers on the refer page (namespace "courses", key "suggestions"); the
// reasons are the keys of SUGGESTION_REASON_KEYS (src/shared/courses/referral-suggestion.schemas.ts) in
// camelCase (i18next reads "_x" as a plural or context suffix).
export const da = {
  heading: 'Forslag til leverandør',
  intro:
    'Foreslået ud fra borgerens forhold, som de er gemt, ledig kapacitet i {{year}} og borgerens bydel: først dem, hvor borgeren er i målgruppen og der er plads, borgerens egen bydel først. Du vælger selv – også en leverandør, der ikke er foreslået.',
  listLabel: 'Foreslåede leverandører',
  none: 'Ingen leverandør kan foreslås på datoen. Du kan stadig vælge et forløb nedenfor.',
  item: '{{rank}}. {{provider}}',
  area: 'Forløb: {{area}}',
  choose: 'Vælg',
  chooseName: '{{provider}} ({{area}})',
  chosen: 'Valgt',
  chosenStatus: 'Valgt: {{provider}} ({{area}}). Se målgruppen nedenfor.',
  notSuggested: 'Ikke foreslået',
  notSuggestedIntro: 'Du kan stadig vælge dem under "Forløb og leverandør", med en begrundelse.',
  reasons: {
    ownDistrict: 'Dækker borgerens bydel ({{district}})',
    otherDistrict: 'Ligger i {{providerDistrict}}, ikke i borgerens bydel ({{citizenDistrict}})',
    districtUnknown: 'Borgerens eller leverandørens bydel er ikke registreret',
    freeCapacity: 'Ledig kapacitet i {{year}}: {{free}} af {{places}} pladser',
    noCapacity: 'Ingen ledig kapacitet i {{year}}: {{occupied}} af {{places}} pladser optaget',
    capacityUnknown: 'Ingen budgetramme for {{year}}: ledig kapacitet ukendt',
    eligible: 'Opfylder målgruppekriterierne',
    noRules: 'Forløbet har ingen målgruppekriterier',
    eligibilityUnknown: 'Målgruppe ikke afgjort: {{reason}}',
    notEligible: 'Opfylder ikke målgruppekriterierne: {{reason}}',
  },
};

export const en: typeof da = {
  heading: 'Suggested providers',
  intro:
    "Suggested from the citizen's circumstances as saved, free capacity in {{year}} and the citizen's district: first those where the citizen is in the target group and there is room, the citizen's own district first. You choose – also a provider that is not suggested.",
  listLabel: 'Suggested providers',
  none: 'No provider can be suggested on the date. You can still choose a programme below.',
  item: '{{rank}}. {{provider}}',
  area: 'Programme: {{area}}',
  choose: 'Choose',
  chooseName: '{{provider}} ({{area}})',
  chosen: 'Chosen',
  chosenStatus: 'Chosen: {{provider}} ({{area}}). See the target group below.',
  notSuggested: 'Not suggested',
  notSuggestedIntro: 'You can still choose them under "Programme and provider", with a reason.',
  reasons: {
    ownDistrict: "Serves the citizen's district ({{district}})",
    otherDistrict: "Located in {{providerDistrict}}, not in the citizen's district ({{citizenDistrict}})",
    districtUnknown: "The citizen's or the provider's district is not recorded",
    freeCapacity: 'Free capacity in {{year}}: {{free}} of {{places}} places',
    noCapacity: 'No free capacity in {{year}}: {{occupied}} of {{places}} places taken',
    capacityUnknown: 'No budget frame for {{year}}: free capacity unknown',
    eligible: 'Meets the target-group criteria',
    noRules: 'The programme has no target-group criteria',
    eligibilityUnknown: 'Target group not settled: {{reason}}',
    notEligible: 'Does not meet the target-group criteria: {{reason}}',
  },
};
