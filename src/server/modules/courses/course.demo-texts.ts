// Texts of the courses demo (course.demo-data.ts): what mentors and caseworkers typically write, made
// up from the seeds' descriptions of the target group and the course (DOMAIN.md). No real person.

export const REFERRAL_NOTES = [
  'Borgeren ønsker at komme i praktik i køkken eller kantine. Har brug for faste rammer.',
  'Har ikke været i arbejde i mange år. Motiveret for at starte på træningsbanen.',
  'Borgeren har et lille netværk og ønsker at komme mere ud blandt andre.',
  'Ønsker hjælp til dansk på arbejdspladsen og til at finde et småjob.',
  'Tidligere erfaring fra lager. Kørekort mangler.',
  'Borgeren er informeret om forløbet og ønsker at deltage.',
];

// The first fits area 1's Sydhavnen rules (fewer than 5 years on benefits); the rest any area.
export const REJECTION_REASONS = [
  'Borgeren har modtaget offentlig forsørgelse i mere end 5 år og er uden for målgruppen for indsatsen.',
  'Borgeren ønskede ikke at deltage efter den første samtale.',
  'Borgeren er flyttet ud af kommunen inden opstart.',
  'Borgeren er i gang med et andet tilbud og kan ikke starte nu.',
];

export const ATTENDANCE_TEXTS = [
  'Mødt stabilt alle aftalte dage denne periode.',
  'Mødt fire ud af fem dage. Et afbud på grund af lægebesøg.',
  'Mødt til tiden hver dag og taget ansvar for morgenopgaverne.',
  'Stabilt fremmøde i praktikken. Virksomheden er tilfreds.',
];

export const TASK_TEXTS = [
  'Har stået for opvask og klargøring i køkkenet og løst opgaverne selvstændigt.',
  'Har hjulpet med varemodtagelse og optælling på lageret.',
  'Har stået i kassen i genbrugsbutikken med støtte fra en kollega.',
  'Har lavet frokost til holdet to dage om ugen.',
  'Har repareret cykler i værkstedet og lært at bestille reservedele.',
  'Har gjort rent i fællesarealerne efter en fast plan.',
];

export const PROGRESSION_TEXTS = [
  'Tager nu selv kontakt til kollegaer, når der er tvivl om en opgave.',
  'Har øget arbejdstiden fra 10 til 15 timer om ugen.',
  'Klar til at prøve en ekstern virksomhedspraktik.',
  'Arbejder mere selvstændigt og har brug for mindre støtte fra mentor.',
  'Har selv fundet frem til et ønske om uddannelse som ernæringsassistent.',
];

export const ACCOMMODATION_TEXTS = [
  'Skånehensyn: ingen tunge løft på grund af rygproblemer.',
  'Skånehensyn: korte arbejdsdage og mulighed for pauser ved behov.',
  'Skånehensyn: arbejder bedst uden for mange mennesker omkring sig; fast arbejdsplads aftalt.',
  'Skånehensyn: starter først kl. 10 på grund af søvnproblemer.',
  'Skånehensyn: undgår arbejde med alkohol i praktikken.',
];

export const NOTE_TEXTS = [
  'Opfølgning med sagsbehandler og borger. Aftalt næste skridt.',
  'Mentor har været med til møde med virksomheden om praktikken.',
  'Borgeren har fået hjælp til at svare på breve fra kommunen.',
  'Aftalt fast ugentlig samtale med mentor om fredagen.',
];

export const FINAL_REPORTS = [
  {
    summary:
      'Borgeren har gennemført træningsbanen og en virksomhedspraktik med stabilt fremmøde og stigende timetal.',
    outcome: 'Borgeren er gået i job med støtte fra mentor i opstarten.',
    recommendation: 'Efterværn i tre måneder med fokus på fastholdelse.',
  },
  {
    summary: 'Forløbet har afklaret borgerens arbejdsevne gennem træning og praktik med skånehensyn.',
    outcome: 'Arbejdsevnen er nedsat varigt; der er dokumentation fra træning og praktik.',
    recommendation: 'Sagen forelægges med henblik på fleksjob.',
  },
  {
    summary: 'Borgeren har deltaget ustabilt og har haft perioder med sygdom.',
    outcome: 'Forløbet er afsluttet uden afklaring.',
    recommendation: 'Ny vurdering hos sagsbehandler, når helbredet er stabilt.',
  },
];

/** Work-capacity descriptions (arbejdsevnebeskrivelse) in the documentation part's JSON shape. */
export const WORK_CAPACITY: Record<string, unknown>[] = [
  {
    work: {
      resources: 'Møder stabilt og er grundig med praktiske opgaver.',
      challenges: 'Kan højst arbejde 3–4 timer ad gangen.',
    },
    social: {
      resources: 'God kontakt til kollegaer på holdet.',
      challenges: 'Lille netværk uden for arbejdet.',
    },
    health: {
      resources: 'Går til behandling og følger planen.',
      challenges: 'Smerter i ryg og skuldre ved længere tids stående arbejde.',
    },
    effortsTried: 'Træningsbane i køkken i 12 uger og virksomhedspraktik i kantine i 10 uger.',
    experience: 'Tidligere ufaglært arbejde på lager og i rengøring.',
    network: 'Søster og en nabo; kontakt til lokalt værested.',
    ownWishes: 'Ønsker et job med faste opgaver og få timer.',
    accommodations: 'Korte arbejdsdage, pauser ved behov, ingen tunge løft.',
  },
  {
    work: {
      resources: 'Hurtig til at lære nye opgaver og god til kunder.',
      challenges: 'Svært ved at holde fast i aftaler over længere tid.',
    },
    social: {
      resources: 'Deltager aktivt i fællesskabet i træningsbanen.',
      challenges: 'Konflikter med kollegaer ved stress.',
    },
    health: {
      resources: 'Motiveret for at tage imod behandling.',
      challenges: 'Angst og søvnproblemer i perioder.',
    },
    effortsTried: 'Træningsbane i genbrugsbutik og to virksomhedspraktikker.',
    experience: 'Kortere ansættelser i detailhandel.',
    network: 'Kontakt til familie; mentor som fast voksen.',
    ownWishes: 'Ønsker at arbejde i en butik.',
    accommodations: 'Forudsigelige opgaver og en fast kontaktperson.',
  },
];
