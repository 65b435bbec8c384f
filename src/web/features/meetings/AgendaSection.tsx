// The meeting's agenda as generated from the provider's figures (a snapshot kept with the meeting), one
// table per point; the administration and the job centre generate it (again) from today's figures.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSectionData } from '../../../shared/meetings/agenda.schemas.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { STATUS_BADGE, usePromiseFormat } from '../agreements/promise-format.ts';
import type { AgendaFairnessRow, AgendaPromise } from '../../../shared/meetings/agenda.schemas.ts';
import { useGenerateAgenda, type Meeting } from './meeting.api.ts';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { figureText, formatFigure } from './agenda-format.ts';

/** The promises of the provider's agreements against what indsats recorded when the agenda was made. */
function PromiseRows({ promises }: { promises: readonly AgendaPromise[] }) {
  const { t } = useTranslation('meetings');
  const format = usePromiseFormat();
  return (
    <table className="table table--compact">
      <caption className="sr-only">{t('agenda.promise.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.promise.promise')}</th>
          <th scope="col">{t('agenda.promise.agreement')}</th>
          <th scope="col">{t('agenda.promise.promised')}</th>
          <th scope="col">{t('agenda.promise.recorded')}</th>
        </tr>
      </thead>
      <tbody>
        {promises.map((promise, index) => (
          <tr key={index}>
            <th scope="row">{format.name(promise)}</th>
            <td>{promise.agreement}</td>
            <td className="app-nowrap">{format.promised(promise)}</td>
            <td className="app-nowrap">
              {format.recorded(promise, promise.recordedTenths)}{' '}
              <span className={STATUS_BADGE[promise.status]}>{format.status(promise.status)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The provider's rows of the fair comparison (observed, expected, O/E and the verdict) per result table. */
function FairnessRows({ rows }: { rows: readonly AgendaFairnessRow[] }) {
  const { t } = useTranslation('meetings');
  const { t: tOutcomes } = useTranslation('outcomes');
  const language = useLanguage();
  if (rows.length === 0) return <p className="app-empty">{t('agenda.fair.none')}</p>;
  const number = (value: number | null, digits: number) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);
  return (
    <table className="table table--compact">
      <caption className="sr-only">{t('agenda.fair.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.fair.table')}</th>
          <th scope="col" className="text-align-right">
            {tOutcomes('fair.columns.courses')}
          </th>
          <th scope="col" className="text-align-right">
            {tOutcomes('fair.columns.observed')}
          </th>
          <th scope="col" className="text-align-right">
            {tOutcomes('fair.columns.expected')}
          </th>
          <th scope="col" className="text-align-right">
            {tOutcomes('fair.columns.oe')}
          </th>
          <th scope="col">{tOutcomes('fair.columns.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.table}>
            <th scope="row">{t(`agenda.key.${row.table}`)}</th>
            <td className="text-align-right">{number(row.courses, 0)}</td>
            <td className="text-align-right">{number(row.observed, 0)}</td>
            <td className="text-align-right">{number(row.expected, 1)}</td>
            <td className="text-align-right">{number(row.oe, 2)}</td>
            <td>{tOutcomes(`fair.labels.${row.label}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgendaPoint({ section, number }: { section: AgendaSectionData; number: number }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const day = useDay();
  const hasTotal = section.figures.some((f) => f.total !== null);
  // Numbered by place: agendas made before a section existed read without a gap.
  const heading = `${number}. ${t(`agenda.section.${section.key}`)}`;
  return (
    <>
      <h3>{heading}</h3>
      {section.from && section.to ? (
        <p className="app-muted">{t('agenda.period', { from: day(section.from), to: day(section.to) })}</p>
      ) : null}
      {!section.available ? (
        <p className="app-empty">{t('agenda.unavailable')}</p>
      ) : section.figures.length > 0 ? (
        <table className="table table--compact">
          <caption className="sr-only">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.figure')}</th>
              <th scope="col" className="text-align-right">
                {t('agenda.value')}
              </th>
              {hasTotal ? (
                <th scope="col" className="text-align-right">
                  {t('agenda.total')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {section.figures.map((figure) => (
              <tr key={figure.key}>
                <th scope="row">{t(`agenda.key.${figure.key}` as 'agenda.key.exit', figure.key)}</th>
                <td className="text-align-right app-nowrap">{figureText(figure, language)}</td>
                {hasTotal ? (
                  <td className="text-align-right app-nowrap">
                    {formatFigure(figure, figure.total, language)}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {section.available && section.key === 'fairness' ? (
        <FairnessRows rows={section.fairness ?? []} />
      ) : null}
      {section.available && section.promises && section.promises.length > 0 ? (
        <PromiseRows promises={section.promises} />
      ) : null}
      {section.key === 'actions' ? (
        section.items.length === 0 ? (
          <p className="app-empty">{t('agenda.noItems')}</p>
        ) : (
          <ul>
            {section.items.map((item, index) => (
              <li key={index}>
                {item.text} – {item.ownerName}, {day(item.dueOn)}
                {item.overdue ? <strong> ({t('actions.overdue')})</strong> : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}

export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  const generate = useGenerateAgenda(meeting.id);
  const [done, setDone] = useState(false);
  return (
    <section className="app-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <p>{t('agenda.intro')}</p>
      {done ? <Saved>{t('agenda.done')}</Saved> : null}
      {generate.isError ? <ErrorAlert error={generate.error} /> : null}
      {meeting.agenda ? (
        <>
          {meeting.agendaGeneratedOn ? (
            <p className="app-muted">{t('agenda.generated', { date: day(meeting.agendaGeneratedOn) })}</p>
          ) : null}
          {meeting.agenda.sections.map((section, index) => (
            <AgendaPoint key={section.key} section={section} number={index + 1} />
          ))}
        </>
      ) : (
        <p className="app-empty">{t('agenda.none')}</p>
      )}
      {meeting.canManage ? (
        <p className="agr-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={generate.isPending}
            onClick={() => generate.mutate(undefined, { onSuccess: () => setDone(true) })}
          >
            {meeting.agenda ? t('agenda.regenerate') : t('agenda.generate')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
