import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { useCapacity } from './budget.api.ts';
import { formatInteger, formatMoney, formatTenths } from './format.ts';
import { useLanguage } from '../../components/useLanguage.ts';

function CapacityLine() {
  const { t } = useTranslation('budgets');
  const language = useLanguage();
  const capacity = useCapacity({});
  const view = capacity.data;
  if (!view) return null;
  let line = t('start.noFrame');
  if (view.frame) {
    const numbers = {
      year: view.frame.year,
      citizens: formatInteger(view.total.citizensPerYear, language),
      concurrent: formatTenths(view.total.concurrentTenths, language),
    };
    line =
      view.isOwnProviderOnly || view.frame.amountOre === null
        ? t('start.lineProvider', numbers)
        : t('start.line', {
            ...numbers,
            amount: formatMoney(view.frame.amountOre, language),
            providers: view.rows.length,
          });
  }
  return (
    <section className="app-section app-card" aria-labelledby="budget-start-heading">
      <h2 id="budget-start-heading">{t('start.heading')}</h2>
      <p>{line}</p>
      <p>
        <Link to="/kapacitet">{t('start.link')}</Link>
      </p>
    </section>
  );
}

/** The start page's line on this year's frame and capacity: for the administration, and for providers (their own). */
export function BudgetStartSection() {
  const { me, can } = useSession();
  if (!can('budget.read') && me.organisation.kind !== 'provider') return null;
  return <CapacityLine />;
}
