// "Tilbuddets løfter": what the provider promised in its bid or the agreement, each against what indsats
// records today (issue 14), with the source of each promise; procurement and the administration record
// and remove promises. A kind indsats does not record says so instead of a number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { AgreementDetail } from './agreement.api.ts';
import { PromiseForm } from './PromiseForm.tsx';
import { usePromiseChanges, usePromises, type PromiseList, type PromiseView } from './promise.api.ts';
import { STATUS_BADGE, usePromiseFormat } from './promise-format.ts';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

function Source({ promise }: { promise: PromiseView }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  return (
    <>
      {t(`promises.sourceName.${promise.source}`)}
      {promise.criterion ? <>, {t('promises.criterion', { name: promise.criterion.name })}</> : null}
      {promise.sourceText ? <p className="agr-note agr-reason">{promise.sourceText}</p> : null}
      {promise.bid && can('tender.read') ? (
        <p className="agr-note">
          <Link to={`/evaluering/${promise.bid.tenderId}/bud`}>{t('promises.bidLink')}</Link>
        </p>
      ) : null}
    </>
  );
}

function PromiseTable({ list, agreementId }: { list: PromiseList; agreementId: string }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  const format = usePromiseFormat();
  const { remove } = usePromiseChanges(agreementId);
  const canManage = can('promise.manage');
  if (list.items.length === 0) return <p className="app-empty">{t('promises.none')}</p>;
  return (
    <>
      {remove.isSuccess ? <Saved>{t('promises.removed')}</Saved> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <table className="table table--compact app-table" data-testid="promise-table">
        <caption>{t('promises.caption', { date: day(list.onDate) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('promises.promise')}</th>
            <th scope="col">{t('promises.promised')}</th>
            <th scope="col">{t('promises.recorded')}</th>
            <th scope="col">{t('promises.status')}</th>
            <th scope="col">{t('promises.source')}</th>
            {canManage ? (
              <th scope="col">
                <span className="sr-only">{t('form.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {list.items.map((promise) => (
            <tr key={promise.id}>
              <th scope="row">
                {format.name(promise)}
                {promise.recordedBy ? (
                  <p className="agr-note">
                    {t('promises.recordedBy', {
                      name: promise.recordedBy.name,
                      date: day(promise.recordedAt.slice(0, 10)),
                    })}
                  </p>
                ) : null}
              </th>
              <td className="app-nowrap">{format.promised(promise)}</td>
              <td className="app-nowrap">{format.recorded(promise, promise.comparison.recordedTenths)}</td>
              <td>
                <span className={STATUS_BADGE[promise.comparison.status]}>
                  {format.status(promise.comparison.status)}
                </span>
              </td>
              <td>
                <Source promise={promise} />
              </td>
              {canManage ? (
                <td>
                  <button
                    type="button"
                    className="button button-tertiary"
                    aria-label={t('promises.remove', { name: format.name(promise) })}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(promise.id)}
                  >
                    {t('promises.removeShort')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The section on the agreement page (promise.read); the form for promise.manage. */
export function AgreementPromises({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  const query = usePromises(agreement.id);
  const [saved, setSaved] = useState(false);
  const list = query.data;
  return (
    <section className="app-section" aria-labelledby="promises-heading">
      <h2 id="promises-heading">{t('promises.heading')}</h2>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {list ? (
        <>
          <p>{t('promises.intro', { date: day(list.onDate) })}</p>
          {saved ? <Saved>{t('promises.form.saved')}</Saved> : null}
          <PromiseTable list={list} agreementId={agreement.id} />
          <p className="agr-note" data-testid="promise-basis">
            {t('promises.basis', {
              date: day(list.onDate),
              binding: list.recorded.bindingPartnerships,
              local: list.recorded.localPartners,
              courses: list.recorded.runningCourses,
              mentors: list.recorded.mentors,
            })}
          </p>
          {can('promise.manage') && list.sourceOptions ? (
            <PromiseForm
              agreementId={agreement.id}
              options={list.sourceOptions}
              onSaved={() => setSaved(true)}
              onEdit={() => setSaved(false)}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
