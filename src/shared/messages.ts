// Error and field messages in Danish (default) and English. The server's error handler translates an
// AppError's message key into the request's language; the web app uses the same catalogue.

import { adminMessagesDa, adminMessagesEn } from './admin/admin.messages.ts';
import { agreementMessagesDa, agreementMessagesEn } from './agreements/agreement.messages.ts';
import { budgetMessagesDa, budgetMessagesEn } from './budgets/budget.messages.ts';
import { committeeMessagesDa, committeeMessagesEn } from './committee/committee.messages.ts';
import { companyMessagesDa, companyMessagesEn } from './companies/company.messages.ts';
import { coursesMessagesDa, coursesMessagesEn } from './courses/messages.ts';
import { importMessagesDa, importMessagesEn } from './imports/import.messages.ts';
import { meetingMessagesDa, meetingMessagesEn } from './meetings/meeting.messages.ts';
import { outcomeMessagesDa, outcomeMessagesEn } from './outcomes/outcome.messages.ts';
import { paymentMessagesDa, paymentMessagesEn } from './payments/payment.messages.ts';
import { settingsMessagesDa, settingsMessagesEn } from './settings/settings.messages.ts';
import { tenderMessagesDa, tenderMessagesEn } from './tenders/tender.messages.ts';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const coreDa = {
  'auth.required': 'Du skal logge ind.',
  'auth.invalid_credentials': 'Forkert brugernavn eller adgangskode.',
  'auth.rate_limited': 'For mange mislykkede loginforsøg. Prøv igen om {minutes} minutter.',
  'auth.csrf': 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden og prøv igen.',
  'auth.oidc_not_configured': 'Log ind med single sign-on er ikke sat op.',
  'auth.oidc_failed': 'Log ind med single sign-on mislykkedes. Prøv igen.',
  'auth.oidc_unknown_user': 'Din bruger findes ikke i indsats. Kontakt en administrator.',
  'auth.user_inactive': 'Din bruger er deaktiveret.',
  'auth.cross_site':
    'Forespørgslen kom fra et andet websted og blev afvist. Åbn indsats direkte og prøv igen.',
  'auth.demo_account_in_production':
    'Demobrugere kan ikke logge ind, når indsats kører i produktion. Kontakt en administrator.',
  'access.forbidden': 'Du har ikke adgang til denne handling.',
  'access.not_found': 'Siden eller posten findes ikke, eller du har ikke adgang til den.',
  'validation.failed': 'Nogle felter er ikke udfyldt korrekt.',
  'validation.required': 'Feltet skal udfyldes.',
  'date.invalid': 'Skriv en gyldig dato.',
  'validation.too_long': 'Teksten er for lang (højst {max} tegn).',
  'validation.invalid': 'Ugyldig værdi.',
  'validation.unsafe_character': 'Feltet indeholder et ugyldigt tegn ({character}) på plads {position}.',
  'validation.unsafe_character_line':
    'Feltet indeholder et ugyldigt tegn ({character}) på plads {position} i linje {line}.',
  'validation.unsafe_text': 'En tekst indeholder et tegn, der ikke kan gemmes (fx et kontroltegn).',
  'request.too_large': 'Forespørgslen er for stor. Send mindre data ad gangen, fx en mindre fil.',
  'cpr.format': 'CPR-nummeret skal have 10 cifre, evt. med bindestreg efter de første 6 (DDMMÅÅ-XXXX).',
  'cpr.invalid_date': 'CPR-nummerets første 6 cifre er ikke en gyldig dato.',
  'cpr.future_date': 'CPR-nummerets fødselsdato ligger i fremtiden.',
  'cpr.modulus11_warning':
    'CPR-nummeret opfylder ikke modulus 11-kontrollen. Det kan være gyldigt (numre uden kontrolciffer udstedes siden 2007) — kontrollér det.',
  'cpr.implausible_age_warning':
    'CPR-nummeret giver en alder på {age} år. Kontrollér det, især 7. ciffer, der afgør århundredet.',
  'citizen.duplicate_cpr': 'Der findes allerede en borger med dette CPR-nummer.',
  'citizen.district': 'Vælg en bydel i København.',
  'user.duplicate_username': 'Brugernavnet er allerede i brug.',
  'user.unknown_organisation': 'Organisationen findes ikke.',
  'user.roles_required': 'Vælg mindst én rolle.',
  'organisation.kind': 'Typen skal være administration, job_centre eller provider.',
  'organisation.code_format':
    'Koden må kun have små bogstaver, cifre, - og _ og skal begynde med et bogstav eller ciffer (højst 50 tegn).',
  'organisation.duplicate_code': 'Der findes allerede en organisation med koden {code}.',
  'setup.already_done':
    'indsats er allerede sat op: databasen har {organisations} organisation(er) og {users} bruger(e). Opret flere med indsats orgs add og indsats users add.',
  'demo.production': 'Demodata må ikke indlæses, når NODE_ENV=production.',
  'cvr.format': 'CVR-nummeret skal have 8 cifre og må ikke begynde med 0.',
  'cvr.checksum': 'CVR-nummeret findes ikke: kontrolcifferet passer ikke (modulus 11).',
  'money.format': 'Skriv beløbet i kroner, fx 1.850 eller 1.850,50.',
  'money.negative': 'Beløbet må ikke være negativt.',
  'money.too_large': 'Beløbet er for stort.',
  'internal.error': 'Der opstod en uventet fejl. Fejlen er logget med request-id {requestId}.',
} as const;

const da = {
  ...coreDa,
  ...adminMessagesDa,
  ...agreementMessagesDa,
  ...budgetMessagesDa,
  ...companyMessagesDa,
  ...tenderMessagesDa,
  ...coursesMessagesDa,
  ...importMessagesDa,
  ...outcomeMessagesDa,
  ...meetingMessagesDa,
  ...committeeMessagesDa,
  ...settingsMessagesDa,
  ...paymentMessagesDa,
};

export type MessageKey = keyof typeof da;

const coreEn: Record<keyof typeof coreDa, string> = {
  'auth.required': 'You need to sign in.',
  'auth.invalid_credentials': 'Wrong username or password.',
  'auth.rate_limited': 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
  'auth.csrf': 'Security token missing or wrong. Reload the page and try again.',
  'auth.oidc_not_configured': 'Single sign-on is not configured.',
  'auth.oidc_failed': 'Single sign-on failed. Please try again.',
  'auth.oidc_unknown_user': 'Your user does not exist in indsats. Contact an administrator.',
  'auth.user_inactive': 'Your user has been deactivated.',
  'auth.cross_site':
    'The request came from another website and was refused. Open indsats directly and try again.',
  'auth.demo_account_in_production':
    'Demo users cannot sign in when indsats runs in production. Contact an administrator.',
  'access.forbidden': 'You are not allowed to do this.',
  'access.not_found': 'The page or record does not exist, or you have no access to it.',
  'validation.failed': 'Some fields are not filled in correctly.',
  'validation.required': 'This field is required.',
  'date.invalid': 'Enter a valid date.',
  'validation.too_long': 'The text is too long (at most {max} characters).',
  'validation.invalid': 'Invalid value.',
  'validation.unsafe_character':
    'The field contains a character that is not allowed ({character}) at position {position}.',
  'validation.unsafe_character_line':
    'The field contains a character that is not allowed ({character}) at position {position} on line {line}.',
  'validation.unsafe_text': 'A text contains a character that cannot be stored (e.g. a control character).',
  'request.too_large': 'The request is too large. Send less data at a time, e.g. a smaller file.',
  'cpr.format': 'A CPR number has 10 digits, optionally with a hyphen after the first 6 (DDMMYY-XXXX).',
  'cpr.invalid_date': 'The first 6 digits of the CPR number are not a valid date.',
  'cpr.future_date': 'The birth date of the CPR number lies in the future.',
  'cpr.modulus11_warning':
    'The CPR number fails the modulus 11 check. It may still be valid (numbers without a check digit have been issued since 2007) — please verify it.',
  'cpr.implausible_age_warning':
    'The CPR number gives an age of {age}. Check it, especially the 7th digit, which decides the century.',
  'citizen.duplicate_cpr': 'A citizen with this CPR number already exists.',
  'citizen.district': 'Choose a district of Copenhagen.',
  'user.duplicate_username': 'The username is already taken.',
  'user.unknown_organisation': 'The organisation does not exist.',
  'user.roles_required': 'Choose at least one role.',
  'organisation.kind': 'The kind must be administration, job_centre or provider.',
  'organisation.code_format':
    'The code may only hold lower-case letters, digits, - and _ and must start with a letter or digit (at most 50 characters).',
  'organisation.duplicate_code': 'An organisation with the code {code} already exists.',
  'setup.already_done':
    'indsats is already set up: the database has {organisations} organisation(s) and {users} user(s). Add more with indsats orgs add and indsats users add.',
  'demo.production': 'Demo data may not be loaded when NODE_ENV=production.',
  'cvr.format': 'A CVR number has 8 digits and does not start with 0.',
  'cvr.checksum': 'This CVR number does not exist: the check digit is wrong (modulus 11).',
  'money.format': 'Enter the amount in kroner, e.g. 1.850 or 1.850,50.',
  'money.negative': 'The amount may not be negative.',
  'money.too_large': 'The amount is too large.',
  'internal.error': 'An unexpected error occurred. It was logged with request id {requestId}.',
};

const en: Record<MessageKey, string> = {
  ...coreEn,
  ...adminMessagesEn,
  ...agreementMessagesEn,
  ...budgetMessagesEn,
  ...companyMessagesEn,
  ...tenderMessagesEn,
  ...coursesMessagesEn,
  ...importMessagesEn,
  ...outcomeMessagesEn,
  ...meetingMessagesEn,
  ...committeeMessagesEn,
  ...settingsMessagesEn,
  ...paymentMessagesEn,
};

const CATALOGUE: Record<Language, Record<MessageKey, string>> = { da, en };

export function isMessageKey(value: string): value is MessageKey {
  return value in da;
}

/** Translates a message key (or passes plain text through) and fills `{name}` parameters. */
export function translate(
  language: Language,
  keyOrText: string,
  params: Record<string, string | number> = {},
): string {
  const template = isMessageKey(keyOrText) ? CATALOGUE[language][keyOrText] : keyOrText;
  return fill(template, params);
}

/**
 * Fills a server text's `{name}` placeholders (the web's i18next texts use `{{name}}`). A placeholder
 * without a value stays as it is, so a missing value shows instead of vanishing.
 */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the language from an Accept-Language header; Danish unless English is preferred. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}
