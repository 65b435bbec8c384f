// Error and field messages of the tenders module (keys "tender.…"), merged into src/shared/messages.ts.
export const tenderMessagesDa = {
  // The committee's decision record
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
  // Tender evaluation
  'tender.bids_before_decision':
    'Bud, point og rangering kan kun ses af indkøb og administration, indtil udbuddet er afgjort.',
  'tender.decided_read_only':
    'Udbuddet er afgjort ({date}): evalueringen, buddene og pointene kan ikke længere ændres.',
  'tender.no_evaluation': 'Udbuddets evalueringsmodel er ikke sat op endnu.',
  'tender.eval_weights_sum': 'Kvalitet og pris skal vægte 100 % i alt; de vægter {sum} %.',
  'tender.eval_criteria_sum': 'Delkriteriernes vægte skal give 100 % i alt; {names} giver {sum} %.',
  'tender.eval_criteria_required': 'Skriv mindst ét kvalitativt delkriterium.',
  'tender.eval_elements_required': 'Skriv mindst ét priselement, fx ugepris for indsats.',
  'tender.eval_weight_number': 'Skriv vægten som et tal fra 0 til 100.',
  'tender.eval_scale_number': 'Skriv skalaens grænser som tal, fx 0 og 10.',
  'tender.eval_scale': 'Skalaens maksimum ({max}) skal være større end minimum ({min}).',
  'tender.eval_price_model': 'Vælg en prismodel.',
  'tender.eval_slope': 'Skriv hældningen som et tal over 0, fx 1.',
  'tender.eval_interval_missing': 'Skriv både prisen, der giver fulde point, og prisen, der giver 0 point.',
  'tender.eval_interval':
    'Prisen for 0 point ({worst}) skal være højere end prisen for fulde point ({best}).',
  'tender.eval_volume': 'Skriv mængden som et tal over 0, fx 26 uger.',
  'tender.eval_code_taken': 'Koden {code} er brugt to gange.',
  'tender.eval_kind_taken': 'Prisarten {kind} er valgt ved to priselementer.',
  'tender.eval_alternative_missing': 'Alternativet »{name}« mangler en vægt for {codes}.',
  'tender.eval_alternative_sum': 'Alternativet »{name}« skal give 100 % i alt; det giver {sum} %.',
  'tender.eval_change_after_bids':
    'Delkriteriet eller priselementet {code} har point eller priser på bud og kan ikke fjernes.',
  'tender.bid_area': 'Vælg et delområde i udbuddet.',
  'tender.bid_bidder': 'Vælg en leverandør, eller skriv tilbudsgiverens navn, CVR-nummer og bydel.',
  'tender.bid_unknown_provider': 'Vælg en leverandør, der findes.',
  'tender.bid_cvr_provider': 'CVR-nummeret tilhører leverandøren {provider}: vælg den i stedet.',
  'tender.bid_duplicate': '{bidder} har allerede afgivet bud i delområde {area}.',
  'tender.bid_price_missing': 'Buddet mangler en ugepris for »{element}«.',
  'tender.bid_price_positive': 'Ugeprisen for »{element}« skal være over 0 kr.',
  'tender.bid_price_format': 'Skriv ugeprisen for »{element}« i kroner, fx 1.950 eller 1.950,50.',
  'tender.bid_unknown_element': 'Udbuddet har intet priselement med koden {code}.',
  'tender.attachment_size': 'Filen er for stor: højst {max}.',
  'tender.attachment_content': 'Filen kunne ikke læses (den skal sendes som base64).',
  'tender.points_number': 'Skriv pointene som et tal.',
  'tender.points_scale': '{points} point for »{criterion}« ligger uden for skalaen {min}–{max}.',
  'tender.justification_required': 'Skriv en begrundelse for pointene for »{criterion}«.',
  'tender.unknown_criterion': 'Udbuddet har intet delkriterium med koden {code}.',
  'tender.scores_required': 'Skriv point for mindst ét delkriterium.',
  'tender.not_an_evaluator': '{name} er ikke evaluator på udbuddet.',
  'tender.evaluator_user': 'Evaluatorer skal være aktive brugere med rollen indkøb eller administrator.',
  'tender.incomplete_price': 'Buddet fra {bidder} i delområde {area} mangler en ugepris for »{element}«.',
  'tender.incomplete_score':
    'Buddet fra {bidder} i delområde {area} mangler konsensuspoint for »{criterion}«.',
  'tender.area_no_bids': 'Delområde {area} har ingen bud.',
  'tender.score_outside_scale':
    'Buddet fra {bidder} i delområde {area} har {points} point for »{criterion}«, uden for skalaen {min}–{max}.',
  'tender.decision_incomplete': 'Udbuddet kan ikke afgøres endnu: {problems}',
  'tender.decision_tie':
    'I delområde {area} står {bidders} lige om den sidste plads; modellen afgør det ikke, så udbuddet kan ikke afgøres endnu.',
  'tender.decision_unknown_item': 'Vælg en udvalgsbehandling af dette udbud.',
} as const;

export const tenderMessagesEn: Record<keyof typeof tenderMessagesDa, string> = {
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
  'tender.bids_before_decision':
    'Bids, scores and rankings are visible only to procurement and the administration until the tender is decided.',
  'tender.decided_read_only':
    'The tender has been decided ({date}): the evaluation, bids and scores can no longer be changed.',
  'tender.no_evaluation': "The tender's evaluation model has not been set up yet.",
  'tender.eval_weights_sum': 'Quality and price must weigh 100 % together; they weigh {sum} %.',
  'tender.eval_criteria_sum': 'The sub-criteria weights must add up to 100 %; {names} add up to {sum} %.',
  'tender.eval_criteria_required': 'Enter at least one quality sub-criterion.',
  'tender.eval_elements_required': 'Enter at least one price element, e.g. the weekly programme price.',
  'tender.eval_weight_number': 'Enter the weight as a number from 0 to 100.',
  'tender.eval_scale_number': "Enter the scale's limits as numbers, e.g. 0 and 10.",
  'tender.eval_scale': "The scale's maximum ({max}) must be above its minimum ({min}).",
  'tender.eval_price_model': 'Choose a price model.',
  'tender.eval_slope': 'Enter the slope as a number above 0, e.g. 1.',
  'tender.eval_interval_missing':
    'Enter both the price that gives full points and the price that gives 0 points.',
  'tender.eval_interval':
    'The price for 0 points ({worst}) must be higher than the price for full points ({best}).',
  'tender.eval_volume': 'Enter the volume as a number above 0, e.g. 26 weeks.',
  'tender.eval_code_taken': 'The code {code} is used twice.',
  'tender.eval_kind_taken': 'The price kind {kind} is chosen for two price elements.',
  'tender.eval_alternative_missing': 'The alternative "{name}" has no weight for {codes}.',
  'tender.eval_alternative_sum': 'The alternative "{name}" must add up to 100 %; it adds up to {sum} %.',
  'tender.eval_change_after_bids':
    'The sub-criterion or price element {code} has scores or prices on bids and cannot be removed.',
  'tender.bid_area': 'Choose an area of the tender.',
  'tender.bid_bidder': "Choose a provider, or enter the bidder's name, CVR number and district.",
  'tender.bid_unknown_provider': 'Choose a provider that exists.',
  'tender.bid_cvr_provider': 'The CVR number belongs to the provider {provider}: choose it instead.',
  'tender.bid_duplicate': '{bidder} has already bid in area {area}.',
  'tender.bid_price_missing': 'The bid has no weekly price for "{element}".',
  'tender.bid_price_positive': 'The weekly price for "{element}" must be above 0 kr.',
  'tender.bid_price_format': 'Enter the weekly price for "{element}" in kroner, e.g. 1.950 or 1.950,50.',
  'tender.bid_unknown_element': 'The tender has no price element with the code {code}.',
  'tender.attachment_size': 'The file is too large: at most {max}.',
  'tender.attachment_content': 'The file could not be read (it must be sent as base64).',
  'tender.points_number': 'Enter the points as a number.',
  'tender.points_scale': '{points} points for "{criterion}" is outside the scale {min}–{max}.',
  'tender.justification_required': 'Enter a justification for the points for "{criterion}".',
  'tender.unknown_criterion': 'The tender has no sub-criterion with the code {code}.',
  'tender.scores_required': 'Enter points for at least one sub-criterion.',
  'tender.not_an_evaluator': '{name} is not an evaluator of the tender.',
  'tender.evaluator_user': 'Evaluators must be active users with the procurement or administrator role.',
  'tender.incomplete_price': 'The bid from {bidder} in area {area} has no weekly price for "{element}".',
  'tender.incomplete_score':
    'The bid from {bidder} in area {area} has no consensus points for "{criterion}".',
  'tender.area_no_bids': 'Area {area} has no bids.',
  'tender.score_outside_scale':
    'The bid from {bidder} in area {area} has {points} points for "{criterion}", outside the scale {min}–{max}.',
  'tender.decision_incomplete': 'The tender cannot be decided yet: {problems}',
  'tender.decision_tie':
    'In area {area}, {bidders} are tied for the last place; the model does not decide it, so the tender cannot be decided yet.',
  'tender.decision_unknown_item': 'Choose a committee item of this tender.',
};
