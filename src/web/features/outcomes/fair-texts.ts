// UI texts of the fair comparison (key "fair" of the "outcomes" namespace): Danish, and English with the
// same keys. The sentences follow docs/fairness.md and the text report.
export const fairDa = {
  heading: 'Fair sammenligning',
  intro:
    'Hver leverandørs resultat holdes op mod det, man kunne forvente med de borgere, leverandøren havde: ud fra alder og tid på offentlig forsørgelse de tre år før forløbet (definition {{version}}). Leverandørerne står i navneorden; de rangeres ikke.',
  loading: 'Henter den fair sammenligning …',
  success: {
    exit: 'i job, uddannelse eller deltidsbeskæftigelse',
    placement: 'i virksomhedsplacering',
    plan: 'med opstartet forberedende plan',
  },
  caption: '{{title}}: faktisk mod forventet',
  columns: {
    provider: 'Leverandør',
    courses: 'Forløb',
    observed: 'Faktisk',
    expected: 'Forventet',
    oe: 'Faktisk/forventet',
    limits95: '95 %-grænser',
    verdict: 'Vurdering',
  },
  total: 'I alt',
  labels: {
    too_few: 'For få forløb til at sige noget',
    above: 'Over forventet',
    below: 'Under forventet',
    as_expected: 'Som forventet',
  },
  sentence:
    '{{name}} fik {{observed}} {{success}}; med de borgere, de havde, ville man forvente {{expected}}.',
  verdict: {
    as_expected: 'Forskellen er inden for det, tilfældigheder kan give.',
    above: 'Det er flere, end tilfældigheder plausibelt kan give.',
    below: 'Det er færre, end tilfældigheder plausibelt kan give.',
    too_few: 'Med {{courses}} forløb er der for få til at sige noget (mindst 20).',
  },
  chart:
    'Tragtdiagram for {{title}}: faktisk/forventet (lodret) mod forventet antal (vandret), med 95 %- og 99,8 %-grænserne og hver leverandør som et punkt. Tallene står i tabellen.',
  sentencesHeading: 'Sagt med ord',
  export: {
    pdf: 'Fair sammenligning som PDF (udvalgsbilag)',
    xlsx: 'Fair sammenligning som regneark (XLSX)',
    csv: 'Fair sammenligning som CSV',
    costCsv: 'Pris pr. resultat som CSV',
    selectionCsv: 'Udvælgelse (henvisninger efter forventet chance) som CSV',
  },
  cost: {
    heading: 'Pris pr. resultat',
    caption: 'Pris pr. resultat for forløb afsluttet {{period}}, faktureret til {{asOf}}',
    billed: 'Faktureret, kr.',
    successes: 'Resultater',
    perSuccess: 'Kr. pr. resultat',
    completed: 'Afsluttede forløb',
    perCompleted: 'Kr. pr. forløb',
    burnDown:
      'Budget {{year}}: ramme {{frame}} kr., faktureret indtil nu {{billed}} kr., forventet resten af året {{forecast}} kr. med de forløb, der kører i dag; tilbage ved årets slutning {{remaining}} kr.',
  },
  selection: {
    heading: 'Hvem tager leverandørerne imod?',
    intro:
      'Henvisningerne i perioden delt efter borgerens forventede chance (laveste, midterste og højeste tredjedel). En leverandør markeres, når den afviser flere med de laveste chancer end med de højeste, mere end tilfældigheder plausibelt kan give (p < 0,05).',
    caption: 'Henvisninger efter forventet chance',
    band: 'Forventet chance',
    bands: { low: 'Laveste', middle: 'Midterste', high: 'Højeste' },
    referred: 'Henvist',
    accepted: 'Modtaget',
    rejected: 'Afvist',
    withdrawn: 'Trukket tilbage',
    earlyEnds: 'Ophørt inden 28 dage',
    sentence:
      '{{name}} afviste {{lowRejected}} af {{lowDecided}} med de laveste chancer og {{highRejected}} af {{highDecided}} med de højeste.',
    flagged: 'Det er en større forskel, end tilfældigheder plausibelt kan give (p = {{p}}).',
    notFlagged: 'Forskellen kan skyldes tilfældigheder (p = {{p}}).',
    noTest: 'Der er ikke afgjorte henvisninger nok i begge grupper til at sige noget.',
    empty: 'Ingen henvisninger i perioden.',
  },
};

export const fairEn: typeof fairDa = {
  heading: 'Fair comparison',
  intro:
    "Each provider's result is held up against what one would expect with the citizens it had: from age and time on public benefit in the three years before the course (definition {{version}}). Providers stand in name order; they are not ranked.",
  loading: 'Loading the fair comparison …',
  success: {
    exit: 'into job, education or part-time work',
    placement: 'into a company placement',
    plan: 'with a preparatory plan started',
  },
  caption: '{{title}}: observed against expected',
  columns: {
    provider: 'Provider',
    courses: 'Courses',
    observed: 'Observed',
    expected: 'Expected',
    oe: 'Observed/expected',
    limits95: '95% limits',
    verdict: 'Verdict',
  },
  total: 'Total',
  labels: {
    too_few: 'Too few courses to say',
    above: 'Above expected',
    below: 'Below expected',
    as_expected: 'As expected',
  },
  sentence: '{{name}} had {{observed}} {{success}}; with the citizens it had, one would expect {{expected}}.',
  verdict: {
    as_expected: 'The difference is within what chance can give.',
    above: 'That is more than chance plausibly gives.',
    below: 'That is fewer than chance plausibly gives.',
    too_few: 'With {{courses}} courses there are too few to say anything (at least 20).',
  },
  chart:
    'Funnel plot of {{title}}: observed/expected (vertical) against the expected count (horizontal), with the 95% and 99.8% limits and each provider as a point. The figures are in the table.',
  sentencesHeading: 'In words',
  export: {
    pdf: 'Fair comparison as PDF (committee appendix)',
    xlsx: 'Fair comparison as spreadsheet (XLSX)',
    csv: 'Fair comparison as CSV',
    costCsv: 'Cost per result as CSV',
    selectionCsv: 'Selection (referrals by expected chance) as CSV',
  },
  cost: {
    heading: 'Cost per result',
    caption: 'Cost per result for courses ended {{period}}, billed to {{asOf}}',
    billed: 'Billed, DKK',
    successes: 'Results',
    perSuccess: 'DKK per result',
    completed: 'Completed courses',
    perCompleted: 'DKK per course',
    burnDown:
      'Budget {{year}}: frame DKK {{frame}}, billed so far DKK {{billed}}, expected for the rest of the year DKK {{forecast}} with the courses running today; left at the year end DKK {{remaining}}.',
  },
  selection: {
    heading: 'Whom do the providers take?',
    intro:
      "The period's referrals by the citizen's expected chance (lowest, middle and highest third). A provider is flagged when it rejects more of those with the lowest chances than of those with the highest, beyond what chance plausibly gives (p < 0.05).",
    caption: 'Referrals by expected chance',
    band: 'Expected chance',
    bands: { low: 'Lowest', middle: 'Middle', high: 'Highest' },
    referred: 'Referred',
    accepted: 'Accepted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    earlyEnds: 'Ended within 28 days',
    sentence:
      '{{name}} rejected {{lowRejected}} of {{lowDecided}} with the lowest chances and {{highRejected}} of {{highDecided}} with the highest.',
    flagged: 'That is a larger difference than chance plausibly gives (p = {{p}}).',
    notFlagged: 'The difference may be chance (p = {{p}}).',
    noTest: 'There are not enough decided referrals in both groups to say anything.',
    empty: 'No referrals in the period.',
  },
};
