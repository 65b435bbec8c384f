import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import type { Indicator } from './company.api.ts';

/** "10–15", "mindst 10", "højst 15", or "" without a requirement. */
export function useRequirementText(): (indicator: Indicator) => string {
  const { t } = useTranslation('companies');
  return ({ min, max }) => {
    if (min !== null && max !== null) return t('indicator.range', { min, max });
    if (min !== null) return t('indicator.atLeast', { min });
    if (max !== null) return t('indicator.atMost', { max });
    return '';
  };
}

/** The indicator as a sentence, e.g. "7 af 10–15 forpligtende partnerskaber – 3 mangler". */
export function useIndicatorText(): (indicator: Indicator) => string {
  const { t } = useTranslation('companies');
  const requirementText = useRequirementText();
  return (indicator) =>
    t(`indicator.${indicator.status}`, {
      count: indicator.bindingCount,
      range: requirementText(indicator),
      missing: indicator.missing,
      excess: indicator.excess,
    });
}

const BOX_CLASS: Record<Indicator['status'], string> = {
  below: 'alert alert-warning',
  within: 'alert alert-success',
  above: 'alert alert-info',
  no_requirement: 'alert alert-info',
};

/**
 * The binding-partnership indicator: the status in words first (not colour only), then the count
 * against the requirement, and where the requirement comes from.
 */
export function IndicatorBox({
  indicator,
  headingLevel = 2,
}: {
  indicator: Indicator;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const text = useIndicatorText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = formatDate(indicator.onDate, language);
  return (
    <section className={`${BOX_CLASS[indicator.status]}`} aria-labelledby="indicator-heading">
      <div className="alert-body">
        <Heading className="alert-heading h4" id="indicator-heading">
          {t('indicator.heading')}: {t(`indicator.status.${indicator.status}`)}
        </Heading>
        <p className="alert-text" data-testid="indicator-text">
          <strong>{text(indicator)}</strong>
        </p>
        <p className="alert-text">
          {indicator.tenderName
            ? t('indicator.tender', { tender: indicator.tenderName, date })
            : t('indicator.date', { date })}
        </p>
      </div>
    </section>
  );
}
