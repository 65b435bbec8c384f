// The monthly billing basis on /afregning (issue 14): per provider the month's basis with its status,
// lines and corrections, the step the user may take (the administration prepares and approves, the
// provider's lead accepts), corrections and invoices received with their match. The month lives in the
// address (?maaned=2026-05), by default the previous month.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatCount, formatMonth } from '../../../../shared/courses/billing.format.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { Language } from '../../../../shared/messages.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { Loading } from '../../../components/Loading.tsx';
import {
  financeExportHref,
  useBasisMonth,
  useBasisStep,
  usePrepareBasis,
  type BasisView,
  type ProviderMonth,
} from './basis.api.ts';
import { CorrectionForm, InvoiceForm, InvoiceList } from './BasisForms.tsx';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function BasisTable({ basis, language }: { basis: BasisView; language: Language }) {
  const { t } = useTranslation('courses');
  const kr = (ore: number) => formatMoney(ore, language, { unit: false });
  const captionId = `basis-caption-${basis.id}`;
  return (
    <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table table--compact app-table">
        <caption id={captionId}>
          {t('basis.caption', { provider: basis.providerName, month: formatMonth(basis.month, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('basis.columns.line')}</th>
            <th scope="col">{t('basis.columns.ean')}</th>
            <th scope="col" className="app-number">
              {t('basis.columns.programmeWeeks')}
            </th>
            <th scope="col" className="app-number">
              {t('basis.columns.aftercareWeeks')}
            </th>
            <th scope="col" className="app-number">
              {t('basis.columns.courses')}
            </th>
            <th scope="col" className="app-number">
              {t('basis.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {basis.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                {line.kind === 'weeks'
                  ? `${t('basis.weeksLine')}, ${line.agreement?.name ?? ''}`
                  : t('basis.correctionLine', {
                      month: formatMonth(line.correctsMonth ?? '', language),
                      reason: line.reason ?? '',
                    })}
              </th>
              <td>{line.agreement?.ean ?? ''}</td>
              <td className="app-number">
                {line.kind === 'weeks' ? formatCount(line.programmeWeeks, language) : ''}
              </td>
              <td className="app-number">
                {line.kind === 'weeks' ? formatCount(line.aftercareWeeks, language) : ''}
              </td>
              <td className="app-number">
                {line.kind === 'weeks' ? formatCount(line.courseCount, language) : ''}
              </td>
              <td className="app-number">{kr(line.amountOre)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('basis.total')}
            </th>
            <td className="app-number" data-testid="basis-total">
              {kr(basis.totalOre)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function ProviderBasis({
  entry,
  month,
  isMonthEnded,
  language,
}: {
  entry: ProviderMonth;
  month: string;
  isMonthEnded: boolean;
  language: Language;
}) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const prepare = usePrepareBasis();
  const accept = useBasisStep('accept');
  const approve = useBasisStep('approve');
  const [done, setDone] = useState<string | null>(null);
  const basis = entry.basis;
  const headingId = `basis-provider-${entry.providerId}`;
  const failed = prepare.error ?? accept.error ?? approve.error;
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.providerName}</h3>
      {done ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{done}</p>
          </div>
        </div>
      ) : null}
      {failed ? <ErrorAlert error={failed} /> : null}
      {basis ? (
        <>
          <p>
            {t('basis.statusLabel')}:{' '}
            <strong data-testid="basis-status">{t(`basis.status.${basis.status}`)}</strong>
          </p>
          {basis.acceptedBy && basis.acceptedAt ? (
            <p className="app-muted">
              {t('basis.acceptedBy', {
                name: basis.acceptedBy.name,
                date: formatDate(basis.acceptedAt.slice(0, 10), language),
              })}
            </p>
          ) : null}
          {basis.approvedBy && basis.approvedAt ? (
            <p className="app-muted">
              {t('basis.approvedBy', {
                name: basis.approvedBy.name,
                date: formatDate(basis.approvedAt.slice(0, 10), language),
              })}
            </p>
          ) : null}
          {basis.problemWeeks > 0 ? (
            <div className="alert alert-warning">
              <div className="alert-body">
                <p className="alert-text">{t('basis.problems', { count: basis.problemWeeks })}</p>
              </div>
            </div>
          ) : null}
          <BasisTable basis={basis} language={language} />
        </>
      ) : (
        <p className="app-empty">{isMonthEnded ? t('basis.none') : t('basis.notEnded')}</p>
      )}
      <div className="app-actions">
        {can('billing.approve') && isMonthEnded && (!basis || basis.status === 'draft') ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={prepare.isPending}
            onClick={() =>
              prepare.mutate({ providerId: entry.providerId, month }, { onSuccess: () => setDone(null) })
            }
          >
            {basis ? t('basis.prepareAgain') : t('basis.prepare')}
          </button>
        ) : null}
        {can('billing.accept') && basis?.status === 'draft' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={accept.isPending}
            onClick={() => accept.mutate(basis.id, { onSuccess: () => setDone(t('basis.accepted')) })}
          >
            {t('basis.accept')}
          </button>
        ) : null}
        {can('billing.approve') && basis?.status === 'accepted' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={approve.isPending}
            onClick={() => approve.mutate(basis.id, { onSuccess: () => setDone(t('basis.approved')) })}
          >
            {t('basis.approve')}
          </button>
        ) : null}
      </div>
      <InvoiceList entry={entry} language={language} />
      {can('billing.approve') && basis?.status === 'draft' ? <CorrectionForm basis={basis} /> : null}
      {can('billing.approve') ? <InvoiceForm providerId={entry.providerId} month={month} /> : null}
    </section>
  );
}

export function BasisSection({ language }: { language: Language }) {
  const { t } = useTranslation('courses');
  const { me, can } = useSession();
  const [search, setSearch] = useSearchParams();
  const param = search.get('maaned');
  const month = param && MONTH.test(param) ? param : previousMonth(todayInCopenhagen());
  const [draftMonth, setDraftMonth] = useState(month);
  const isProvider = me.organisation.kind === 'provider';
  const query = useBasisMonth(month, isProvider ? undefined : (search.get('leverandoer') ?? undefined));
  return (
    <section className="app-section" aria-labelledby="basis-heading">
      <h2 id="basis-heading">{t('basis.heading')}</h2>
      <p>{t('basis.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!MONTH.test(draftMonth)) return;
          const next = new URLSearchParams(search);
          next.set('maaned', draftMonth);
          setSearch(next);
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="basis-month">
            {t('basis.month')}
          </label>
          <input
            id="basis-month"
            className="form-input input-width-s"
            type="month"
            value={draftMonth}
            onChange={(event) => setDraftMonth(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('basis.showMonth')}
        </button>
      </form>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.data
        ? query.data.providers.map((entry) => (
            <ProviderBasis
              key={`${entry.providerId}-${month}`}
              entry={entry}
              month={month}
              isMonthEnded={query.data.isMonthEnded}
              language={language}
            />
          ))
        : null}
      {can('billing.approve') ? (
        <section className="app-section" aria-labelledby="basis-export-heading">
          <h3 id="basis-export-heading">{t('basis.exportHeading')}</h3>
          <p className="app-muted">{t('basis.exportHint')}</p>
          <ul className="app-link-list">
            {(['xlsx', 'csv', 'csv-en'] as const).map((format) => (
              <li key={format}>
                <a href={financeExportHref(month, format)} download>
                  {t(`basis.${format === 'csv-en' ? 'csvEn' : format}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
