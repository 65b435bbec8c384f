// Danish UI texts of the follow-up page's seed 004 measures (namespace "courses", key "talks.measures"):
// timeliness of activation (rettidighed i aktivering) and the outreach measure.
export const da = {
  title: 'Rettidighed i aktivering og progression',
  intro:
    'Målene fra den fremskudte indsats i Sydhavnen: om borgerne begyndte i tilbud rettidigt efter loven, og hvor mange af indsatsens borgere der kom i virksomhedspraktik eller viste progression.',
  activation: {
    title: 'Rettidighed i aktivering',
    intro:
      'En borger skal senest 6 måneder efter første henvendelse om hjælp være begyndt i et tilbud, der tæller som ret og pligt-tilbud: virksomhedspraktik eller løntilskud (løntilskud senest 3 uger efter fristen) på mindst 2 uger. Vejledning og opkvalificering tæller ikke, fordi produktet ikke skelner § 90 fra § 91. Perioden gælder fristens dato; frister efter i dag tæller ikke endnu.',
    caption: 'Rettidighed i aktivering pr. leverandør og indsats, {{from}}–{{to}}',
    due: 'Frist i perioden',
    timely: 'Rettidigt',
    late: 'For sent',
    missing: 'Intet tilbud endnu',
    derived: 'Heraf udledt periodestart',
    timeliness: 'Rettidighed',
    comparisonNote:
      'Sammenligningsgruppen er alle borgere, der er aktivitetsparate og mindst 30 år på fristens dato – uanset leverandør. Periodens start er første henvendelse om hjælp; er den ikke registreret, bruges registerets første uge på samme ydelse eller forløbets start (“udledt”).',
    empty: 'Ingen frister i perioden.',
    rules: 'Regler, der måles efter',
    rulesCaption: 'Regler for rettidighed i aktivering, med gyldighed og kilde',
    validFrom: 'Gælder fra',
    source: 'Kilde',
  },
  outreach: {
    title: 'Virksomhedspraktik eller progression',
    intro:
      'Andelen af indsatsens borgere, der i løbet af forløbet er begyndt i virksomhedspraktik, eller hvor leverandøren har dokumenteret progression i forløbets notater (notattypen “Progression”). Forventet: ca. {{percent}} (budgetnotat 2018).',
    caption: 'Virksomhedspraktik eller progression pr. leverandør og indsats, {{from}}–{{to}}',
    citizens: 'Borgere i forløb',
    internship: 'Virksomhedspraktik',
    progression: 'Progression',
    reached: 'Mindst én af delene',
    share: 'Andel',
    empty: 'Ingen forløb i perioden.',
  },
};
