// "Forslag til leverandør" on the refer page (issue 12, item 5): the server's ranked suggestions, each
// with its reasons, and a "Vælg" button that fills the programme choice below; the ones not suggested
// with why. The caseworker may still choose any programme in the list below.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatInteger } from '../../budgets/format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { useReferralSuggestions, type ReferralSuggestion, type SuggestionReason } from './suggestion.api.ts';
import './suggestions.css';

/** Counts in the user's number format (1.234); the year and the sentences as they are. */
const COUNTS = new Set(['free', 'places', 'occupied']);

/** The values the reasons' texts interpolate (rule is not shown: its reason sentence says it). */
type ValueName =
  'district' | 'providerDistrict' | 'citizenDistrict' | 'year' | 'free' | 'places' | 'occupied' | 'reason';

const TEXT_OF = {
  own_district: 'suggestions.reasons.ownDistrict',
  other_district: 'suggestions.reasons.otherDistrict',
  district_unknown: 'suggestions.reasons.districtUnknown',
  free_capacity: 'suggestions.reasons.freeCapacity',
  no_capacity: 'suggestions.reasons.noCapacity',
  capacity_unknown: 'suggestions.reasons.capacityUnknown',
  eligible: 'suggestions.reasons.eligible',
  no_rules: 'suggestions.reasons.noRules',
  eligibility_unknown: 'suggestions.reasons.eligibilityUnknown',
  not_eligible: 'suggestions.reasons.notEligible',
} as const satisfies Record<SuggestionReason['key'], string>;

function ReasonText({ reason }: { reason: SuggestionReason }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const values: Partial<Record<ValueName, string>> = Object.fromEntries(
    Object.entries(reason.values).map(([name, value]) => [
      name,
      typeof value === 'number' && COUNTS.has(name) ? formatInteger(value, language) : String(value),
    ]),
  );
  return <>{t(TEXT_OF[reason.key], values)}</>;
}

function Reasons({ suggestion }: { suggestion: ReferralSuggestion }) {
  return (
    <ul className="app-suggestion-reasons">
      {suggestion.reasons.map((reason, index) => (
        <li key={`${reason.key}-${index}`} className={reason.tone === 'neutral' ? 'app-muted' : undefined}>
          <ReasonText reason={reason} />
        </li>
      ))}
    </ul>
  );
}

function SuggestionItem({
  suggestion,
  rank,
  chosen,
  onChoose,
}: {
  suggestion: ReferralSuggestion;
  rank: number;
  chosen: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation('courses');
  const headingId = `suggestion-${suggestion.agreementId}`;
  const names = { provider: suggestion.provider.name, area: suggestion.tenderArea.name };
  return (
    <li>
      <h4 id={headingId}>
        {t('suggestions.item', { rank, provider: suggestion.provider.name })}{' '}
        {chosen ? <span className="badge badge-success">{t('suggestions.chosen')}</span> : null}
      </h4>
      <p className="app-muted">{t('suggestions.area', { area: suggestion.tenderArea.name })}</p>
      <Reasons suggestion={suggestion} />
      <button type="button" className="button button-secondary" onClick={onChoose}>
        {t('suggestions.choose')} <span className="sr-only">{t('suggestions.chooseName', names)}</span>
      </button>
    </li>
  );
}

export function ReferralSuggestions({
  citizenId,
  date,
  value,
  onChoose,
}: {
  citizenId: string;
  date: string;
  /** The chosen agreement (the programme choice's value). */
  value: string;
  onChoose: (agreementId: string) => void;
}) {
  const { t } = useTranslation('courses');
  const suggestions = useReferralSuggestions(citizenId, date);
  // Said once, politely, after a "Vælg": the radio below changes out of sight.
  const [announced, setAnnounced] = useState('');
  const choose = (suggestion: ReferralSuggestion) => {
    onChoose(suggestion.agreementId);
    setAnnounced(
      t('suggestions.chosenStatus', { provider: suggestion.provider.name, area: suggestion.tenderArea.name }),
    );
  };
  const idle = suggestions.isPending && suggestions.fetchStatus === 'idle';
  return (
    <section className="app-section" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">{t('suggestions.heading')}</h3>
      {idle ? null : suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <ErrorAlert error={suggestions.error} />
      ) : (
        <>
          <p className="form-hint">{t('suggestions.intro', { year: suggestions.data.year })}</p>
          {suggestions.data.suggested.length === 0 ? (
            <p className="app-empty">{t('suggestions.none')}</p>
          ) : (
            <ol className="nobullet-list app-suggestions" aria-label={t('suggestions.listLabel')}>
              {suggestions.data.suggested.map((suggestion, index) => (
                <SuggestionItem
                  key={suggestion.agreementId}
                  suggestion={suggestion}
                  rank={index + 1}
                  chosen={value === suggestion.agreementId}
                  onChoose={() => choose(suggestion)}
                />
              ))}
            </ol>
          )}
          {suggestions.data.notSuggested.length > 0 ? (
            <>
              <h4 id="not-suggested-heading">{t('suggestions.notSuggested')}</h4>
              <p className="form-hint">{t('suggestions.notSuggestedIntro')}</p>
              <ul className="nobullet-list app-suggestions" aria-labelledby="not-suggested-heading">
                {suggestions.data.notSuggested.map((suggestion) => (
                  <li key={suggestion.agreementId}>
                    <strong>{suggestion.provider.name}</strong>{' '}
                    <span className="app-muted">
                      {t('suggestions.area', { area: suggestion.tenderArea.name })}
                    </span>
                    <Reasons suggestion={suggestion} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      <p className="sr-only" role="status">
        {announced}
      </p>
    </section>
  );
}
