// A rate as a table cell on the follow-up page: the whole percent in the reader's format and the fraction.
import { useTranslation } from 'react-i18next';
import type { Rate } from '../../../../shared/courses/talk.schemas.ts';
import { formatPercent } from './talk-format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';

export function RateCell({ rate }: { rate: Rate }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  if (rate.percent === null) return <td className="align-text-right">{t('talks.followUp.none')}</td>;
  return (
    <td className="align-text-right app-nowrap">
      {formatPercent(rate.percent, language)}{' '}
      <span className="app-muted">
        ({t('talks.followUp.fraction', { numerator: rate.numerator, denominator: rate.denominator })})
      </span>
    </td>
  );
}
