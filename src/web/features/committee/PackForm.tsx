// Makes a committee pack: title, case number, meeting date, the saved outcome report and the earlier one
// to compare with, the budget year, the case presentation's standard text and the schedule's reports it
// delivers. The pack cannot be changed afterwards; field errors from the API go on the inputs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreatePack, type CommitteeOverview } from './committee.api.ts';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { standardPresentation } from '../../../shared/committee/presentation.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const FIELDS = [
  'title',
  'caseNumber',
  'meetingOn',
  'reportId',
  'previousReportId',
  'budgetYear',
  'summary',
  'recommendation',
  'presentation',
  'scheduleIds',
] as const;
type FieldName = (typeof FIELDS)[number];

export function PackForm({ data, onCancel }: { data: CommitteeOverview; onCancel: () => void }) {
  const { t } = useTranslation('committee');
  const navigate = useNavigate();
  const create = useCreatePack();
  const errors = useFormErrors('pack', FIELDS);
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`fields.${f}`)])) as Record<FieldName, string>;
  const active = data.schedule.filter((entry) => entry.isActive);
  const language = useLanguage();
  // The case presentation's standard text from the chosen reports' figures (shared/committee/presentation.ts).
  const standardText = (reportId: string, previousReportId: string) => {
    const current = data.reports.find((r) => r.id === reportId);
    if (!current) return '';
    return standardPresentation(
      current,
      data.reports.find((r) => r.id === previousReportId) ?? null,
      language,
    );
  };
  const { values, control, setValues } = useFormValues<Exclude<FieldName, 'scheduleIds'>>(
    () => ({
      title: '',
      caseNumber: '',
      meetingOn: '',
      reportId: data.reports[0]?.id ?? '',
      previousReportId: data.reports[1]?.id ?? '',
      budgetYear: data.today.slice(0, 4),
      summary: '',
      recommendation: '',
      presentation: standardText(data.reports[0]?.id ?? '', data.reports[1]?.id ?? ''),
    }),
    errors,
    labels,
  );
  // While the text is the standard one, it follows the reports chosen; once edited, it is the user's.
  const [lastStandard, setLastStandard] = useState(values.presentation);
  const chosenReports = `${values.reportId}|${values.previousReportId}`;
  const [reportsOfText, setReportsOfText] = useState(chosenReports);
  if (chosenReports !== reportsOfText) {
    setReportsOfText(chosenReports);
    const next = standardText(values.reportId, values.previousReportId);
    if (values.presentation === lastStandard) setValues((v) => ({ ...v, presentation: next }));
    setLastStandard(next);
  }
  const [chosen, setChosen] = useState(() => new Set(active.map((entry) => entry.id)));
  const reportOptions = data.reports.map((r) => ({ value: r.id, label: r.title }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        title: values.title,
        ...(values.caseNumber.trim() ? { caseNumber: values.caseNumber } : {}),
        meetingOn: values.meetingOn,
        reportId: values.reportId,
        previousReportId: values.previousReportId || null,
        budgetYear: values.budgetYear,
        summary: values.summary,
        recommendation: values.recommendation,
        presentation: values.presentation,
        scheduleIds: [...chosen],
      },
      {
        onSuccess: ({ id }) => void navigate(`/udvalgsrapporter/pakker/${id}`),
        onError: errors.fail,
      },
    );
  };
  const scheduleError = errors.errorOf('scheduleIds');
  return (
    <section className="app-section" aria-labelledby="pack-form-heading">
      <h3 id="pack-form-heading">{t('packs.formTitle')}</h3>
      <p>{t('packs.formIntro')}</p>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('title')} required />
        <TextField {...control('caseNumber')} size="short" />
        <TextField {...control('meetingOn')} type="date" size="date" required />
        <SelectField {...control('reportId')} options={reportOptions} required />
        <SelectField
          {...control('previousReportId')}
          placeholder={t('fields.noPrevious')}
          options={reportOptions}
        />
        <TextField {...control('budgetYear')} size="short" inputMode="numeric" required />
        <TextAreaField {...control('summary')} required />
        <TextAreaField {...control('recommendation')} required />
        <TextAreaField {...control('presentation', t('fields.presentationHint'))} required />
        {active.length > 0 ? (
          <fieldset
            className={scheduleError ? 'agr-fieldset form-error' : 'agr-fieldset'}
            id="pack-scheduleIds"
            tabIndex={-1}
          >
            <legend className="form-label">{labels.scheduleIds}</legend>
            {scheduleError ? <p className="form-error-message">{scheduleError}</p> : null}
            {active.map((entry) => (
              <div className="form-group-checkbox" key={entry.id}>
                <input
                  id={`pack-schedule-${entry.id}`}
                  className="form-checkbox"
                  type="checkbox"
                  checked={chosen.has(entry.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(entry.id);
                    else next.delete(entry.id);
                    setChosen(next);
                    errors.clear('scheduleIds');
                  }}
                />
                <label className="form-label" htmlFor={`pack-schedule-${entry.id}`}>
                  {entry.title} ({t(`kind.${entry.kind}`)})
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <div className="agr-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('packs.save')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('schedule.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
