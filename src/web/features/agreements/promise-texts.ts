// UI texts of the agreement's promises and EAN number (issue 14), merged into the "agreements" namespace
// by texts.ts. Headings and labels are the accessible names the browser test uses.
export const promiseTextsDa = {
  promises: {
    heading: 'Tilbuddets løfter',
    intro:
      'Hvad leverandøren lovede i sit tilbud (udbuddets delkriterier) eller i aftalen, over for hvad indsats registrerer pr. {{date}}.',
    caption: 'Løfter i tilbud og aftale over for det registrerede pr. {{date}}',
    none: 'Der er ikke registreret løfter for aftalen.',
    kind: {
      binding_partnerships: 'Forpligtende virksomhedssamarbejder',
      local_partners: 'Lokale samarbejdspartnere',
      mentor_ratio: 'Forløb pr. mentor',
      other: 'Andet løfte',
    },
    promise: 'Løfte',
    promised: 'Lovet',
    recorded: 'Registreret',
    status: 'Status',
    source: 'Kilde',
    atLeast: 'mindst {{value}}',
    atMost: 'højst {{value}}',
    statusName: {
      met: 'Indfriet',
      not_met: 'Ikke indfriet',
      not_recorded: 'Registreres ikke i indsats',
      not_measurable: 'Kan ikke måles: ingen mentor på igangværende forløb',
    },
    sourceName: { bid: 'Tilbuddet', agreement: 'Aftalen' },
    criterion: 'delkriterie: {{name}}',
    bidLink: 'Se buddene i udbuddet',
    recordedBy: 'Registreret af {{name}} {{date}}',
    basis:
      'Talgrundlag pr. {{date}}: {{binding}} forpligtende virksomhedssamarbejder, {{local}} lokale samarbejdspartnere, {{courses}} igangværende forløb og {{mentors}} mentorer.',
    remove: 'Fjern løftet "{{name}}"',
    removeShort: 'Fjern',
    removed: 'Løftet er fjernet.',
    form: {
      heading: 'Registrér løfte',
      kind: 'Hvad er lovet',
      label: 'Betegnelse',
      labelHint: 'Fx "Praktikpladser pr. år".',
      unit: 'Enhed',
      unitHint: 'Fx "pladser".',
      promised: 'Lovet antal',
      promisedHint:
        'Et tal, evt. med én decimal, fx 12 eller 12,5. For forløb pr. mentor: det højeste antal, der er lovet.',
      source: 'Kilde',
      criterionId: 'Udbuddets delkriterie',
      criterionNone: 'Intet delkriterie',
      noBid:
        'Leverandørens bud er ikke registreret i udbuddets evaluering: løftet gemmes uden henvisning til buddet.',
      sourceText: 'Aftalens bestemmelse eller citat fra tilbuddet',
      sourceTextHint: 'Skal udfyldes, når løftet står i aftalen.',
      save: 'Gem løfte',
      saved: 'Løftet er gemt.',
    },
  },
  ean: {
    heading: 'EAN-nummer',
    intro:
      'Kommunens EAN-nummer, som leverandøren fakturerer til. Det står på afregningen til økonomisystemet.',
    none: 'Ikke angivet',
    label: 'EAN-nummer',
    hint: '13 cifre, fx 5798009710178. Tomt felt fjerner nummeret.',
    save: 'Gem EAN-nummer',
    saved: 'EAN-nummeret er gemt.',
  },
};

export const promiseTextsEn: typeof promiseTextsDa = {
  promises: {
    heading: 'Promises in the bid',
    intro:
      'What the provider promised in its bid (the tender’s sub-criteria) or in the agreement, against what indsats records on {{date}}.',
    caption: 'Promises in the bid and agreement against what is recorded on {{date}}',
    none: 'No promises have been recorded for the agreement.',
    kind: {
      binding_partnerships: 'Binding company partnerships',
      local_partners: 'Local partners',
      mentor_ratio: 'Courses per mentor',
      other: 'Other promise',
    },
    promise: 'Promise',
    promised: 'Promised',
    recorded: 'Recorded',
    status: 'Status',
    source: 'Source',
    atLeast: 'at least {{value}}',
    atMost: 'at most {{value}}',
    statusName: {
      met: 'Kept',
      not_met: 'Not kept',
      not_recorded: 'Not recorded in indsats',
      not_measurable: 'Cannot be measured: no mentor on running courses',
    },
    sourceName: { bid: 'The bid', agreement: 'The agreement' },
    criterion: 'sub-criterion: {{name}}',
    bidLink: 'See the bids of the tender',
    recordedBy: 'Recorded by {{name}} {{date}}',
    basis:
      'Figures on {{date}}: {{binding}} binding company partnerships, {{local}} local partners, {{courses}} running courses and {{mentors}} mentors.',
    remove: 'Remove the promise "{{name}}"',
    removeShort: 'Remove',
    removed: 'The promise has been removed.',
    form: {
      heading: 'Record a promise',
      kind: 'What is promised',
      label: 'Name',
      labelHint: 'E.g. "Internships per year".',
      unit: 'Unit',
      unitHint: 'E.g. "places".',
      promised: 'Promised number',
      promisedHint:
        'A number, optionally with one decimal, e.g. 12 or 12,5. For courses per mentor: the highest number promised.',
      source: 'Source',
      criterionId: 'Sub-criterion of the tender',
      criterionNone: 'No sub-criterion',
      noBid:
        'The provider’s bid is not recorded in the tender’s evaluation: the promise is saved without a link to the bid.',
      sourceText: 'The agreement’s clause or a quote of the bid',
      sourceTextHint: 'Required when the promise stands in the agreement.',
      save: 'Save promise',
      saved: 'The promise has been saved.',
    },
  },
  ean: {
    heading: 'EAN number',
    intro:
      'The municipality’s EAN number the provider invoices to. It appears in the finance system’s export.',
    none: 'Not given',
    label: 'EAN number',
    hint: '13 digits, e.g. 5798009710178. An empty field removes the number.',
    save: 'Save EAN number',
    saved: 'The EAN number has been saved.',
  },
};
