// Error and field messages of the tenders module (keys "tender.…"), merged into src/shared/messages.ts.
export const tenderMessagesDa = {
  // The committee's decision record
  'tender.date': 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).',
  'tender.vote_count': 'Skriv et helt antal stemmer, 0 eller flere.',
  'tender.party_code': 'Partibogstaver er 1–3 bogstaver, fx Ø eller Å ({party} er ikke et partibogstav).',
  'tender.vote_parties_without_votes': 'Der kan ikke stå partier ved 0 stemmer.',
  'tender.proposal_parties': 'Skriv mindst ét partibogstav for forslagsstilleren, fx Ø.',
  'tender.criterion_code':
    'Kriteriekoder skrives med små bogstaver, tal og understreg, fx progression ({code} kan ikke bruges).',
  'tender.weight_negative': 'Vægten for {code} må ikke være negativ.',
  'tender.weights_empty': 'Skriv mindst ét kriterium med en vægt.',
  'tender.weights_sum': 'Vægtene skal give 100 % (eller 1) i alt; de giver {sum}.',
  'tender.weights_format':
    'Skriv vægtene som kode=vægt adskilt af komma, fx progression=30, local=40, individual=30.',
  'tender.unknown_tender': 'Vælg et udbud, der findes.',
} as const;

export const tenderMessagesEn: Record<keyof typeof tenderMessagesDa, string> = {
  'tender.date': 'Enter a valid date (YYYY-MM-DD).',
  'tender.vote_count': 'Enter a whole number of votes, 0 or more.',
  'tender.party_code': 'Party letters are 1–3 letters, e.g. Ø or Å ({party} is not a party letter).',
  'tender.vote_parties_without_votes': 'No parties can be listed with 0 votes.',
  'tender.proposal_parties': 'Enter at least one party letter for the proposer, e.g. Ø.',
  'tender.criterion_code':
    'Criterion codes are lower-case letters, digits and underscores, e.g. progression ({code} cannot be used).',
  'tender.weight_negative': 'The weight of {code} cannot be negative.',
  'tender.weights_empty': 'Enter at least one criterion with a weight.',
  'tender.weights_sum': 'The weights must add up to 100 % (or 1); they add up to {sum}.',
  'tender.weights_format':
    'Enter the weights as code=weight separated by commas, e.g. progression=30, local=40, individual=30.',
  'tender.unknown_tender': 'Choose a tender that exists.',
};
