import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { AgreementChanges, AgreementDetail } from './agreement.api.ts';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

/** The optional extensions in order; the next can be exercised while the agreement runs. */
export function AgreementExtensions({
  agreement,
  exercise,
}: {
  agreement: AgreementDetail;
  exercise: AgreementChanges['exercise'];
}) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  const next = agreement.extensions.find((e) => e.isNext);
  return (
    <section className="app-section" aria-labelledby="extensions-heading">
      <h2 id="extensions-heading">{t('extension.heading')}</h2>
      {agreement.extensions.length === 0 ? (
        <p className="app-empty">{t('extension.none')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('extension.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('extension.position')}</th>
                <th scope="col">{t('extension.months')}</th>
                <th scope="col">{t('extension.endsOn')}</th>
                <th scope="col">{t('extension.exercised')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.extensions.map((extension) => (
                <tr key={extension.position}>
                  <th scope="row">{t('extension.option', { position: extension.position })}</th>
                  <td>{t('extension.monthsValue', { count: extension.months })}</td>
                  <td className="app-nowrap">{day(extension.endsOnIfExercised)}</td>
                  <td>
                    {extension.exercisedOn
                      ? t('extension.exercisedOn', { date: day(extension.exercisedOn) })
                      : t('extension.notExercised')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {exercise.isSuccess ? <Saved>{t('extension.done', { date: day(exercise.data.endsOn) })}</Saved> : null}
      {exercise.isError ? <ErrorAlert error={exercise.error} /> : null}
      {can('agreement.manage') && next && agreement.canExercise ? (
        <div className="agr-subsection">
          <p id="next-extension">
            {t('extension.next', {
              position: next.position,
              count: next.months,
              date: day(next.endsOnIfExercised),
            })}
          </p>
          <button
            type="button"
            className="button button-secondary"
            aria-describedby="next-extension"
            disabled={exercise.isPending}
            onClick={() => exercise.mutate(next.position)}
          >
            {t('extension.exercise')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
