// Local rule settings: what the administration decides for itself where the law leaves it to the
// municipality (how often follow-up job talks are held after the 2026 reform), how long data is kept,
// and what a citizen's access export shows. The one registry of them: the server validates and stores
// values (platform/settings), the admin page and `indsats doctor` show them, the rules read them.
// A setting's value is text; `parse` normalises what an administrator typed or returns a message key.
import type { MessageKey } from './messages.ts';

export type LocalSettingParse =
  { ok: true; value: string } | { ok: false; message: MessageKey; params?: Record<string, string | number> };

export interface LocalSettingDefinition {
  key: string;
  group: 'job_talks' | 'retention' | 'export';
  /** What the setting decides, for the admin page. */
  meaning: { da: string; en: string };
  /** Where the municipality's room to decide comes from (act, paragraph, date), or the guidance. */
  source: string;
  /** The value in force when none is set; null when the law's own rule applies unchanged. */
  defaultValue: string | null;
  /** Allowed values in words, for the form's hint. */
  allowed: { da: string; en: string };
  parse(value: string): LocalSettingParse;
}

function wholeNumber(min: number, max: number, extra: readonly string[] = []) {
  return (value: string): LocalSettingParse => {
    const text = value.trim().toLowerCase();
    if (extra.includes(text)) return { ok: true, value: text };
    if (!/^\d{1,4}$/.test(text) || Number(text) < min || Number(text) > max) {
      return { ok: false, message: 'settings.range', params: { min, max } };
    }
    return { ok: true, value: String(Number(text)) };
  };
}

function oneOf(values: readonly string[]) {
  return (value: string): LocalSettingParse => {
    const text = value.trim().toLowerCase();
    return values.includes(text)
      ? { ok: true, value: text }
      : { ok: false, message: 'settings.one_of', params: { values: values.join(', ') } };
  };
}

export const JOB_TALK_FOLLOW_UP_KEY = 'job_talks.follow_up_months_from_2026_07_01';
export const RETENTION_CASE_YEARS_KEY = 'retention.citizen_case_years';
export const RETENTION_REGISTER_YEARS_KEY = 'retention.register_person_years';
export const RETENTION_AUDIT_MONTHS_KEY = 'retention.audit_months';
export const RETENTION_IMPORT_DAYS_KEY = 'retention.import_batch_days';
export const EXPORT_STAFF_NAMES_KEY = 'export.access_log_staff_names';

export const LOCAL_SETTINGS: readonly LocalSettingDefinition[] = [
  {
    key: JOB_TALK_FOLLOW_UP_KEY,
    group: 'job_talks',
    meaning: {
      da: 'En lokal standard for jobsamtaler fra reformen 1. juli 2026, når lovens samtaler er holdt: højst så mange måneder mellem samtalerne. "when_needed" eller ingen værdi: lovens regel (når kommunen vurderer behov). Vises som lokalt fastsat, ikke som lovkrav.',
      en: 'A local standard for job talks from the reform of 1 July 2026, once the law\'s talks are held: at most this many months between talks. "when_needed" or no value: the law\'s rule (when the municipality judges there is a need). Shown as set locally, not as law.',
    },
    source: 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen), fra 1. juli 2026',
    defaultValue: null,
    allowed: { da: '1–24 måneder eller when_needed', en: '1–24 months or when_needed' },
    parse: wholeNumber(1, 24, ['when_needed']),
  },
  {
    key: RETENTION_CASE_YEARS_KEY,
    group: 'retention',
    meaning: {
      da: 'År en borgers sagsoplysninger (forløb, henvisninger, notater, samtaler, praktikker) gemmes efter borgerens seneste forløb eller henvisning sluttede. Derefter slettes borgeren helt.',
      en: "Years a citizen's case data (courses, referrals, notes, talks, placements) is kept after the citizen's last course or referral ended. Then the citizen is deleted entirely.",
    },
    source:
      'Databeskyttelsesforordningen art. 5, stk. 1, litra e (opbevaringsbegrænsning); KL-emneplanens kassationsfrist P1825D (5 år efter sagens afslutning); kassation kun efter Rigsarkivets regler',
    defaultValue: '5',
    allowed: { da: '1–30 år', en: '1–30 years' },
    parse: wholeNumber(1, 30),
  },
  {
    key: RETENTION_REGISTER_YEARS_KEY,
    group: 'retention',
    meaning: {
      da: 'År registerdata (DREAM) om en person, der ikke er borger i indsats, gemmes efter personens seneste registeruge.',
      en: 'Years register data (DREAM) about a person who is not a citizen in indsats is kept after their last register week.',
    },
    source:
      'Databeskyttelsesforordningen art. 5, stk. 1, litra c og e (dataminimering, opbevaringsbegrænsning)',
    defaultValue: '5',
    allowed: { da: '1–30 år', en: '1–30 years' },
    parse: wholeNumber(1, 30),
  },
  {
    key: RETENTION_AUDIT_MONTHS_KEY,
    group: 'retention',
    meaning: {
      da: 'Måneder logningen (hvem så, søgte, ændrede, eksporterede) gemmes. Ældre rækker slettes, og kæden fortsætter fra et kontrolpunkt.',
      en: 'Months the audit trail (who read, searched, changed, exported) is kept. Older rows are deleted and the chain continues from a checkpoint.',
    },
    source:
      'Datatilsynets katalog over foranstaltninger: logning, opbevaring efter formålet med automatisk sletning; den tidligere sikkerhedsbekendtgørelse (bek. nr. 528 af 15.6.2000 § 19): 6 måneder, op til 5 år ved særligt behov; EU-Domstolen C-579/21: borgerens indsigt i logoplysninger',
    defaultValue: '60',
    allowed: { da: '6–120 måneder', en: '6–120 months' },
    parse: wholeNumber(6, 120),
  },
  {
    key: RETENTION_IMPORT_DAYS_KEY,
    group: 'retention',
    meaning: {
      da: 'Dage oplysninger om gennemførte og fejlede indlæsninger (filnavn, fejl pr. linje) gemmes.',
      en: 'Days the records of finished and failed imports (file name, errors per line) are kept.',
    },
    source: 'Databeskyttelsesforordningen art. 5, stk. 1, litra e (opbevaringsbegrænsning)',
    defaultValue: '365',
    allowed: { da: '30–3650 dage', en: '30–3650 days' },
    parse: wholeNumber(30, 3650),
  },
  {
    key: EXPORT_STAFF_NAMES_KEY,
    group: 'export',
    meaning: {
      da: 'Om borgerens indsigt (art. 15) viser medarbejdernes navne i adgangsloggen ("names") eller kun deres organisation ("organisation").',
      en: 'Whether the citizen\'s access export (art. 15) shows staff names in the access log ("names") or only their organisation ("organisation").',
    },
    source:
      'Databeskyttelsesforordningen art. 15; EU-Domstolen C-579/21 (medarbejdernes identitet kun når det er nødvendigt); Datatilsynets vejledning om indsigt i logfiler (juni 2024)',
    defaultValue: 'organisation',
    allowed: { da: 'names eller organisation', en: 'names or organisation' },
    parse: oneOf(['names', 'organisation']),
  },
];

export function findLocalSetting(key: string): LocalSettingDefinition | undefined {
  return LOCAL_SETTINGS.find((setting) => setting.key === key);
}
