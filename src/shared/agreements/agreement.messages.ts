// Error and field messages of the agreements module (keys "agreement.…"), merged into src/shared/messages.ts.
import { indexationMessagesDa, indexationMessagesEn } from './indexation.messages.ts';
import { promiseMessagesDa, promiseMessagesEn } from './promise.messages.ts';

export const agreementMessagesDa = {
  'agreement.price_positive': 'Prisen skal være større end 0 kr.',
  'agreement.partnership_range': 'Det højeste antal skal være mindst det laveste.',
  'agreement.band_order': 'Prisbåndets øvre grænse skal være mindst den nedre.',
  'agreement.area_number_taken': 'Udbuddet har allerede et delområde med nummer {number}.',
  'agreement.provider_code_format':
    'Koden må kun have små bogstaver a–z, tal, bindestreg og understreg og skal begynde med et bogstav eller tal.',
  'agreement.provider_code_taken': 'Koden bruges allerede af en anden organisation.',
  'agreement.provider_cvr_taken': 'En anden leverandør har allerede dette CVR-nummer.',
  'agreement.provider_district': 'Vælg den bydel i København, leverandøren er lokalt forankret i.',
  'agreement.neighbourhood_district':
    '{neighbourhood} ligger i bydelen {district}. Vælg den bydel, eller ret lokalområdet.',
  'agreement.provider_since': 'Skriv et årstal, fx 2013.',
  'agreement.email': 'Skriv en gyldig e-mailadresse, fx kontakt@example.org.',
  'agreement.unknown_provider': 'Vælg en leverandør.',
  'agreement.unknown_area': 'Vælg et delområde.',
  'agreement.end_before_start': 'Slutdatoen skal ligge på eller efter startdatoen.',
  'agreement.duplicate_agreement':
    'Leverandøren har allerede en rammeaftale på dette delområde med samme startdato.',
  'agreement.justification_required':
    'Aftalen kan vare mere end {years} år med forlængelser. Skriv en begrundelse: light-regimet tillader det, når det er begrundet.',
  'agreement.long_duration_warning':
    'Aftalen kan vare mere end {years} år med alle forlængelser (til {maxEndsOn}). Det er tilladt efter light-regimet, når det er begrundet.',
  'agreement.activate_only_draft': 'Kun et udkast kan aktiveres.',
  'agreement.terminate_draft': 'Et udkast er ikke trådt i kraft og kan ikke opsiges.',
  'agreement.already_terminated': 'Aftalen er allerede opsagt.',
  'agreement.already_expired': 'Aftalen er udløbet og kan ikke opsiges.',
  'agreement.notice_in_future': 'Varslingsdatoen kan ikke ligge efter i dag.',
  'agreement.notice_before_start': 'Varslingsdatoen kan ikke ligge før aftalens start.',
  'agreement.notice_after_end':
    'Med varslet ville aftalen slutte {computed}, men den udløber allerede {endsOn}. Opsigelse er ikke nødvendig.',
  'agreement.no_extension_left': 'Aftalen har ingen flere forlængelsesmuligheder.',
  'agreement.extension_not_active': 'Kun en aktiv aftale kan forlænges.',
  'agreement.extension_after_end': 'Aftalen udløb {endsOn} og kan ikke længere forlænges.',
  'agreement.extension_out_of_order': 'Optionerne udnyttes i rækkefølge: den næste er nr. {position}.',
  'agreement.price_outside_band_programme':
    'Prisen for indsats skal ligge mellem {min} og {max} pr. uge (udbuddets prisbånd).',
  'agreement.price_outside_band_aftercare':
    'Prisen for efterværn skal ligge mellem {min} og {max} pr. uge (udbuddets prisbånd).',
  'agreement.price_above_cap_programme':
    'Prisen for indsats må højst være {cap} pr. uge (udbuddets prisloft).',
  'agreement.price_above_cap_aftercare':
    'Prisen for efterværn må højst være {cap} pr. uge (udbuddets prisloft).',
  'agreement.outside_band_reason_programme':
    'Prisen ligger uden for udbuddets prisniveau for indsats ({range} pr. uge). Det er tilladt, fx ved årlig indeksering: skriv begrundelsen.',
  'agreement.outside_band_reason_aftercare':
    'Prisen ligger uden for udbuddets prisniveau for efterværn ({range} pr. uge). Det er tilladt, fx ved årlig indeksering: skriv begrundelsen.',
  'agreement.price_period_order': '»Gælder til« skal ligge på eller efter »Gælder fra«.',
  'agreement.price_outside_agreement':
    'Prisperioden skal ligge inden for aftalens periode ({startsOn} – {endsOn} med alle forlængelser).',
  'agreement.price_overlap': 'Perioden overlapper en anden pris af samme slags ({from} – {to}).',
  ...promiseMessagesDa,
  ...indexationMessagesDa,
} as const;

export const agreementMessagesEn: Record<keyof typeof agreementMessagesDa, string> = {
  'agreement.price_positive': 'The price must be more than 0 kr.',
  'agreement.partnership_range': 'The highest number must be at least the lowest.',
  'agreement.band_order': "The price band's upper limit must be at least its lower limit.",
  'agreement.area_number_taken': 'The tender already has an area with number {number}.',
  'agreement.provider_code_format':
    'The code may only contain lower-case letters a–z, digits, hyphens and underscores, and must start with a letter or digit.',
  'agreement.provider_code_taken': 'The code is already used by another organisation.',
  'agreement.provider_cvr_taken': 'Another provider already has this CVR number.',
  'agreement.provider_district': 'Choose the district of Copenhagen the provider is locally anchored in.',
  'agreement.neighbourhood_district':
    '{neighbourhood} lies in the district {district}. Choose that district, or correct the neighbourhood.',
  'agreement.provider_since': 'Enter a year, e.g. 2013.',
  'agreement.email': 'Enter a valid email address, e.g. kontakt@example.org.',
  'agreement.unknown_provider': 'Choose a provider.',
  'agreement.unknown_area': 'Choose a tender area.',
  'agreement.end_before_start': 'The end date must be on or after the start date.',
  'agreement.duplicate_agreement':
    'The provider already has a framework agreement in this tender area with the same start date.',
  'agreement.justification_required':
    'With extensions the agreement may last more than {years} years. Write a justification: the light regime allows it when justified.',
  'agreement.long_duration_warning':
    'With every extension the agreement may last more than {years} years (until {maxEndsOn}). The light regime allows it when justified.',
  'agreement.activate_only_draft': 'Only a draft can be activated.',
  'agreement.terminate_draft': 'A draft is not in force and cannot be terminated.',
  'agreement.already_terminated': 'The agreement has already been terminated.',
  'agreement.already_expired': 'The agreement has expired and cannot be terminated.',
  'agreement.notice_in_future': 'The notice date cannot be after today.',
  'agreement.notice_before_start': "The notice date cannot be before the agreement's start.",
  'agreement.notice_after_end':
    'With notice the agreement would end {computed}, but it already ends {endsOn}. No termination is needed.',
  'agreement.no_extension_left': 'The agreement has no extension options left.',
  'agreement.extension_not_active': 'Only an active agreement can be extended.',
  'agreement.extension_after_end': 'The agreement ended {endsOn} and can no longer be extended.',
  'agreement.extension_out_of_order': 'Options are exercised in order: the next one is no. {position}.',
  'agreement.price_outside_band_programme':
    "The programme price must be between {min} and {max} per week (the tender's price band).",
  'agreement.price_outside_band_aftercare':
    "The aftercare price must be between {min} and {max} per week (the tender's price band).",
  'agreement.price_above_cap_programme':
    "The programme price may be at most {cap} per week (the tender's price cap).",
  'agreement.price_above_cap_aftercare':
    "The aftercare price may be at most {cap} per week (the tender's price cap).",
  'agreement.outside_band_reason_programme':
    "The price lies outside the tender's estimated programme price level ({range} per week). That is allowed, e.g. for yearly indexation: write the reason.",
  'agreement.outside_band_reason_aftercare':
    "The price lies outside the tender's estimated aftercare price level ({range} per week). That is allowed, e.g. for yearly indexation: write the reason.",
  'agreement.price_period_order': '"Valid to" must be on or after "Valid from".',
  'agreement.price_outside_agreement':
    "The price period must lie within the agreement's period ({startsOn} – {endsOn} with every extension).",
  'agreement.price_overlap': 'The period overlaps another price of the same kind ({from} – {to}).',
  ...promiseMessagesEn,
  ...indexationMessagesEn,
};
