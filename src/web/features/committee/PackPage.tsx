// /udvalgsrapporter/pakker/:id — one committee pack: where it comes from, its downloads (Word and PDF),
// the key figures, the frozen budget status, the standard text and the committee's decision (recorded once).
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatPercent, formatPoints } from '../../../shared/outcomes/outcome.format.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { packFileHref, usePack, useRecordDecision, type Pack } from './committee.api.ts';
import { useSession } from '../../app/session.ts';
import { RecordPage } from '../../components/Page.tsx';
import { TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useDay, useKroner } from '../../components/useFormat.ts';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((part) => part.trim())
        .map((part, i) => (
          <p key={i}>{part.trim()}</p>
        ))}
    </>
  );
}

function KeyFigures({ pack }: { pack: Pack }) {
  const { t } = useTranslation('committee');
  const language = useLanguage();
  return (
    <section className="app-section" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">{t('pack.keyFigures')}</h2>
      <table className="table table--compact">
        <caption className="sr-only">{t('pack.keyFiguresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pack.figure')}</th>
            <th scope="col" className="text-align-right">
              {t('pack.previousReport')}
            </th>
            <th scope="col" className="text-align-right">
              {t('pack.currentReport')}
            </th>
            <th scope="col" className="text-align-right">
              {t('pack.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pack.keyFigures.map((figure) => (
            <tr key={figure.table}>
              <th scope="row">{t(`pack.${figure.table}`)}</th>
              <td className="text-align-right">{formatPercent(figure.previousRatePercent, language)}</td>
              <td className="text-align-right">{formatPercent(figure.ratePercent, language)}</td>
              <td className="text-align-right">{formatPoints(figure.points, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Budget({ pack }: { pack: Pack }) {
  const { t } = useTranslation('committee');
  const kroner = useKroner();
  const day = useDay();
  const status = pack.budgetStatus;
  // Each provider's part of the frame, in packs frozen since the budget status has it.
  const withFrame = status.total.frameOre !== undefined;
  type Amounts = Omit<Pack['budgetStatus']['total'], 'frameOre'> & { frameOre?: number | null | undefined };
  const row = (s: Amounts) => (
    <>
      {withFrame ? (
        <td className="text-align-right app-nowrap">
          {s.frameOre === null || s.frameOre === undefined ? '–' : kroner(s.frameOre)}
        </td>
      ) : null}
      <td className="text-align-right app-nowrap">{kroner(s.approvedOre)}</td>
      <td className="text-align-right app-nowrap">{kroner(s.billedNotApprovedOre)}</td>
      <td className="text-align-right app-nowrap">{kroner(s.forecastOre)}</td>
    </>
  );
  return (
    <section className="app-section" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t('pack.budget', { year: status.year })}</h2>
      <p>{t('pack.frame', { amount: kroner(status.frameOre) })}</p>
      {status.providers.length === 0 ? (
        <p className="app-empty">{t('pack.noBudget')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">
              {t('pack.budgetCaption', { year: status.year, date: day(status.asOf) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pack.provider')}</th>
                {withFrame ? (
                  <th scope="col" className="text-align-right">
                    {t('pack.providerFrame')}
                  </th>
                ) : null}
                <th scope="col" className="text-align-right">
                  {t('pack.approved')}
                </th>
                <th scope="col" className="text-align-right">
                  {t('pack.billedNotApproved')}
                </th>
                <th scope="col" className="text-align-right">
                  {t('pack.forecast')}
                </th>
              </tr>
            </thead>
            <tbody>
              {status.providers.map((p) => (
                <tr key={p.providerId}>
                  <th scope="row">{p.providerName}</th>
                  {row(p)}
                </tr>
              ))}
              <tr className="app-total">
                <th scope="row">{t('pack.total')}</th>
                {row(status.total)}
              </tr>
            </tbody>
          </table>
          {withFrame ? <p className="app-muted">{t('pack.frameSplit')}</p> : null}
        </div>
      )}
    </section>
  );
}

const DECISION_FIELDS = ['decidedOn', 'decision'] as const;

function Decision({ pack }: { pack: Pack }) {
  const { t } = useTranslation('committee');
  const day = useDay();
  const { can } = useSession();
  const record = useRecordDecision(pack.id);
  const errors = useFormErrors('decision', DECISION_FIELDS);
  const labels = { decidedOn: t('fields.decidedOn'), decision: t('fields.decision') };
  const { values, control } = useFormValues(
    () => ({ decidedOn: pack.meetingOn, decision: '' }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(values, { onError: errors.fail });
  };
  const decision = record.data?.decision ?? pack.decision;
  return (
    <section className="app-section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('pack.decision')}</h2>
      {decision ? (
        <>
          <p>{t('pack.decidedOn', { date: day(decision.decidedOn), name: decision.recordedBy })}</p>
          <Paragraphs text={decision.decision} />
        </>
      ) : (
        <p className="app-empty">{t('pack.noDecision')}</p>
      )}
      {!decision && can('committee.manage') ? (
        <>
          <ErrorSummary {...summaryOf(errors, labels)} />
          <form onSubmit={submit} noValidate className="app-form">
            <TextField {...control('decidedOn')} type="date" size="date" required />
            <TextAreaField {...control('decision', t('pack.decisionHint'))} required />
            <button type="submit" className="button button-primary" disabled={record.isPending}>
              {t('pack.recordDecision')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

export function PackPage() {
  const { t } = useTranslation('committee');
  const { id = '' } = useParams();
  const pack = usePack(id);
  const day = useDay();
  return (
    <RecordPage query={pack} kind={t('pack.kind')} titleOf={(p) => p.title}>
      {(p) => (
        <>
          <p className="font-lead">
            {p.caseNumber ? `${t('pack.caseNumber', { caseNumber: p.caseNumber })} · ` : ''}
            {t('pack.meta', { date: day(p.meetingOn) })}
          </p>
          <p>{t('pack.created', { date: day(p.createdAt.slice(0, 10)), name: p.createdBy })}</p>
          <section className="app-section" aria-labelledby="download-heading">
            <h2 id="download-heading">{t('pack.download')}</h2>
            <ul>
              <li>
                <a href={packFileHref(p.id, 'docx')} download>
                  {t('pack.docx')}
                </a>
              </li>
              <li>
                <a href={packFileHref(p.id, 'pdf')} download>
                  {t('pack.pdf')}
                </a>
              </li>
            </ul>
            <h3>{t('pack.basis')}</h3>
            <p>
              {t('pack.report', { title: p.reportTitle })}
              <br />
              {p.previousReportTitle
                ? t('pack.previous', { title: p.previousReportTitle })
                : t('pack.noPrevious')}
            </p>
          </section>
          <section className="app-section" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('fields.summary')}</h2>
            <Paragraphs text={p.summary} />
            <h2>{t('fields.recommendation')}</h2>
            <Paragraphs text={p.recommendation} />
            <h2>{t('fields.presentation')}</h2>
            <Paragraphs text={p.presentation} />
          </section>
          <KeyFigures pack={p} />
          <Budget pack={p} />
          <Decision pack={p} />
          <p>
            <Link to="/udvalgsrapporter">{t('pack.back')}</Link>
          </p>
        </>
      )}
    </RecordPage>
  );
}
