// Messages of the provider's promises and the agreement's EAN number (keys "promise.…", "agreement.ean_…"),
// merged into the agreements module's messages.
export const promiseMessagesDa = {
  'promise.kind': 'Vælg, hvad løftet gælder.',
  'promise.source': 'Vælg, om løftet står i tilbuddet eller i aftalen.',
  'promise.criterion': 'Vælg et af udbuddets delkriterier.',
  'promise.criterion_unknown': 'Delkriteriet hører ikke til aftalens udbud.',
  'promise.value_format': 'Skriv et tal, evt. med én decimal, fx 12 eller 12,5.',
  'promise.value_too_large': 'Tallet er for stort.',
  'promise.label_required': 'Skriv, hvad leverandøren har lovet, fx "Praktikpladser pr. år".',
  'promise.unit_required': 'Skriv enheden, fx "pladser".',
  'promise.label_only_other': 'Kun et andet løfte har sin egen betegnelse og enhed.',
  'promise.clause_required': 'Skriv aftalens bestemmelse, som løftet står i.',
  'promise.criterion_only_bid': 'Kun et løfte i tilbuddet kan henvise til et delkriterie.',
  'agreement.ean_format': 'EAN-nummeret skal have 13 cifre, fx 5798009710178.',
  'agreement.ean_check_digit':
    'EAN-nummeret findes ikke: det sidste ciffer (kontrolcifferet) passer ikke. Tjek nummeret i aftalens bilag.',
} as const;

export const promiseMessagesEn: Record<keyof typeof promiseMessagesDa, string> = {
  'promise.kind': 'Choose what the promise is about.',
  'promise.source': 'Choose whether the promise stands in the bid or in the agreement.',
  'promise.criterion': "Choose one of the tender's sub-criteria.",
  'promise.criterion_unknown': "The sub-criterion does not belong to the agreement's tender.",
  'promise.value_format': 'Enter a number, optionally with one decimal, e.g. 12 or 12,5.',
  'promise.value_too_large': 'The number is too large.',
  'promise.label_required': 'Write what the provider promised, e.g. "Internships per year".',
  'promise.unit_required': 'Write the unit, e.g. "places".',
  'promise.label_only_other': 'Only another kind of promise has its own name and unit.',
  'promise.clause_required': "Write the agreement's clause the promise stands in.",
  'promise.criterion_only_bid': 'Only a promise in the bid can refer to a sub-criterion.',
  'agreement.ean_format': 'An EAN number has 13 digits, e.g. 5798009710178.',
  'agreement.ean_check_digit':
    "This EAN number does not exist: the last digit (the check digit) is wrong. Check the number in the agreement's appendix.",
};
