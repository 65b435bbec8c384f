// /afregning — course-weeks × weekly prices per provider and month (docs/billing.md), programme and
// aftercare separately, with totals, the weeks without a price and exports. The administration chooses
// a provider or sees all; a provider lead sees their own provider and a line per citizen. The period
// and provider live in the address (?fra=2026-01&til=2026-06&leverandoer=…).
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatMonth } from '../../../../shared/courses/billing.format.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsFrom } from '../../../components/ErrorSummary.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { billingExportHref, useBilling, type BillingParams } from './billing.api.ts';
import { BasisSection } from './BasisSection.tsx';
import { CourseLinesTable, MonthTable, ProblemsSection } from './BillingTables.tsx';
import { LeftOutSection } from './LeftOutSection.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { useLanguage } from '../../../components/useLanguage.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This year's January to this month. */
function defaultPeriod(): { from: string; to: string } {
  const now = new Date();
  const year = now.getFullYear();
  return { from: `${year}-01`, to: `${year}-${String(now.getMonth() + 1).padStart(2, '0')}` };
}

function monthParam(value: string | null, fallback: string): string {
  return value && MONTH.test(value) ? value : fallback;
}

export function BillingPage() {
  const { t } = useTranslation('courses');
  usePageTitle(t('billing.title'));
  const language = useLanguage();
  const { me } = useSession();
  const isProvider = me.organisation.kind === 'provider';
  const [search, setSearch] = useSearchParams();
  const defaults = defaultPeriod();
  const params: BillingParams = {
    from: monthParam(search.get('fra'), defaults.from),
    to: monthParam(search.get('til'), defaults.to),
    providerId: isProvider ? undefined : (search.get('leverandoer') ?? undefined),
  };
  const billing = useBilling(params);
  const view = billing.data;
  const serverErrors = billing.isError ? fieldErrorsFrom(billing.error, ['from', 'to', 'providerId']) : {};

  return (
    <>
      <h1>{t('billing.title')}</h1>
      <p className="font-lead">{isProvider ? t('billing.introProvider') : t('billing.intro')}</p>
      <PeriodForm
        key={`${params.from}/${params.to}/${params.providerId ?? ''}`}
        value={{ from: params.from, to: params.to, providerId: params.providerId ?? '' }}
        providers={isProvider ? null : (view?.providers ?? [])}
        serverErrors={serverErrors}
        language={language}
        onShow={(value) => {
          const next = new URLSearchParams({ fra: value.from, til: value.to });
          if (value.providerId) next.set('leverandoer', value.providerId);
          setSearch(next);
        }}
      />
      <BasisSection language={language} />
      {billing.isPending ? <Loading /> : null}
      {billing.isError ? <ErrorAlert error={billing.error} /> : null}
      {view && !billing.isError ? (
        <>
          <p className="app-muted">{t('billing.asOf', { date: formatDate(view.asOf, language) })}</p>
          {view.rows.length === 0 ? (
            <p className="app-empty">{t('billing.empty')}</p>
          ) : (
            <MonthTable view={view} language={language} />
          )}
          <ProblemsSection view={view} language={language} />
          <LeftOutSection view={view} language={language} />
          {view.courseLines && view.courseLines.length > 0 ? (
            <section className="app-section" aria-labelledby="billing-lines-heading">
              <h2 id="billing-lines-heading">{t('billing.courseLinesHeading')}</h2>
              <CourseLinesTable view={view} lines={view.courseLines} language={language} />
            </section>
          ) : null}
          <section className="app-section" aria-labelledby="billing-export-heading">
            <h2 id="billing-export-heading">{t('billing.exportHeading')}</h2>
            <ul className="app-link-list">
              {(['xlsx', 'csv', 'csv-en'] as const).map((format) => (
                <li key={format}>
                  <a href={billingExportHref(params, format)} download>
                    {t(`billing.${format === 'csv-en' ? 'csvEn' : format}`)}
                  </a>
                </li>
              ))}
            </ul>
            <p className="app-muted">
              {formatMonth(view.from, language)} – {formatMonth(view.to, language)}
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}
