// Absence from the programme on the course page (issue 12): the provider running the course reports a
// day of absence (date, hours, reason if known); the citizen's caseworker sees it (and a task) and records
// what was done — contact made, a reasonable reason, or the date a sanction decision was made under
// aktivloven. The page records facts and dates, never the sanction itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ABSENCE_FOLLOW_UPS,
  ABSENCE_REASONS,
  type AbsenceFollowUp,
  type AbsenceReason,
} from '../../../../shared/courses/absence.constants.ts';
import { translate } from '../../../../shared/messages.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { absenceApi, useCourseAbsences, useRefreshAbsences, type Absence } from './absence.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { useSectionStatus } from '../../../components/StatusMessage.tsx';
import {
  DateField,
  OpenFormButton,
  RadioGroup,
  SelectField,
  TextField,
} from '../../../components/form/fields.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

const REPORT_FIELDS = ['absentOn', 'hoursTenths', 'reason'] as const;
const FOLLOW_UP_FIELDS = ['followUp', 'followedUpOn', 'sanctionDecisionOn'] as const;

interface FormProps {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** "7,5" or "7.5" → 75 tenths; null when it is not a number. */
function hoursToTenths(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : Math.round(value * 10);
}

function ReportAbsenceForm({ courseId, onSaved, onCancel }: FormProps & { courseId: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const labelOf = (field: (typeof REPORT_FIELDS)[number]) => t(`course.absence.${field}`);
  const errors = useFormErrors('absence-report', REPORT_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ absentOn: '', hoursTenths: '', reason: '' }), errors, labelOf);
  const save = async () => {
    const required = translate(language, 'validation.required');
    const missing: Partial<Record<(typeof REPORT_FIELDS)[number], string>> = {};
    if (!form.values.absentOn) missing.absentOn = required;
    const tenths = hoursToTenths(form.values.hoursTenths);
    if (tenths === null) missing.hoursTenths = translate(language, 'absence.hours');
    if (Object.keys(missing).length > 0) return errors.failWith(missing);
    const absence = await absenceApi.report(courseId, {
      absentOn: form.values.absentOn,
      hoursTenths: tenths!,
      reason: form.values.reason ? (form.values.reason as AbsenceReason) : null,
    });
    onSaved(t('course.absence.reported', { date: formatDate(absence.absentOn, language) }));
  };
  return (
    <FormFrame
      title={t('course.absence.reportTitle')}
      errors={errors}
      form={form}
      order={REPORT_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.absence.reportSubmit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="absentOn" label={t('course.absence.absentOn')} required />
      <TextField
        form={form}
        name="hoursTenths"
        label={t('course.absence.hoursTenths')}
        hint={t('course.absence.hoursHint')}
        inputMode="decimal"
        required
      />
      <SelectField
        form={form}
        name="reason"
        label={t('course.absence.reason')}
        placeholder={t('course.absence.reasonUnknown')}
        options={ABSENCE_REASONS.map((r) => ({ value: r, label: t(`course.absence.reasons.${r}`) }))}
      />
    </FormFrame>
  );
}

function FollowUpForm({ absence, onSaved, onCancel }: FormProps & { absence: Absence }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const labelOf = (field: (typeof FOLLOW_UP_FIELDS)[number]) => t(`course.absence.${field}`);
  const errors = useFormErrors('absence-follow-up', FOLLOW_UP_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      followUp: absence.followUp ?? '',
      followedUpOn: absence.followedUpOn ?? '',
      sanctionDecisionOn: absence.sanctionDecisionOn ?? '',
    }),
    errors,
    labelOf,
  );
  const isSanction = form.values.followUp === 'sanction_decision';
  const save = async () => {
    const required = translate(language, 'validation.required');
    const missing: Partial<Record<(typeof FOLLOW_UP_FIELDS)[number], string>> = {};
    if (!form.values.followUp) missing.followUp = required;
    if (!form.values.followedUpOn) missing.followedUpOn = required;
    if (isSanction && !form.values.sanctionDecisionOn) missing.sanctionDecisionOn = required;
    if (Object.keys(missing).length > 0) return errors.failWith(missing);
    await absenceApi.followUp(absence.id, {
      followUp: form.values.followUp as AbsenceFollowUp,
      followedUpOn: form.values.followedUpOn,
      sanctionDecisionOn: isSanction ? form.values.sanctionDecisionOn : null,
    });
    onSaved(t('course.absence.followedUp'));
  };
  return (
    <FormFrame
      title={t('course.absence.followUpTitle', { date: formatDate(absence.absentOn, language) })}
      errors={errors}
      form={form}
      order={FOLLOW_UP_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.absence.followUpSubmit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <RadioGroup
        form={form}
        name="followUp"
        legend={t('course.absence.followUp')}
        choices={ABSENCE_FOLLOW_UPS.map((f) => ({ value: f, label: t(`course.absence.followUps.${f}`) }))}
      />
      <DateField form={form} name="followedUpOn" label={t('course.absence.followedUpOn')} required />
      {isSanction ? (
        <DateField
          form={form}
          name="sanctionDecisionOn"
          label={t('course.absence.sanctionDecisionOn')}
          hint={t('course.absence.sanctionHint')}
          required
        />
      ) : null}
    </FormFrame>
  );
}

type Editor = { kind: 'closed' } | { kind: 'report' } | { kind: 'followUp'; absence: Absence };

export function AbsenceSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const { can } = useSession();
  const query = useCourseAbsences(courseId);
  const refresh = useRefreshAbsences(courseId);
  const status = useSectionStatus('absence', 'app-live');
  const [editor, setEditor] = useState<Editor>({ kind: 'closed' });
  const date = (iso: string) => formatDate(iso, language);
  const hours = (tenths: number) =>
    language === 'da' ? String(tenths / 10).replace('.', ',') : String(tenths / 10);
  const saved = async (text: string) => {
    await refresh();
    setEditor({ kind: 'closed' });
    status.show(text);
  };
  const open = (next: Editor) => {
    status.clear();
    setEditor(next);
  };
  const data = query.data;
  const canReport = !!data?.canReport && can('course.manage');
  const canFollowUp = !!data?.canFollowUp && can('casework.manage');
  const followUpText = (a: Absence) => {
    if (!a.followUp || !a.followedUpOn) return t('course.absence.notFollowedUp');
    const what = t(`course.absence.followUps.${a.followUp}`);
    return a.sanctionDecisionOn
      ? t('course.absence.followedUpSanction', {
          what,
          date: date(a.followedUpOn),
          decision: date(a.sanctionDecisionOn),
        })
      : t('course.absence.doneOn', { what, date: date(a.followedUpOn) });
  };
  return (
    <section className="app-section" aria-labelledby="absence-heading">
      <h2 id="absence-heading">{t('course.absence.title')}</h2>
      {status.element}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <DataTable
            rows={data!.absences}
            empty={t('course.absence.empty')}
            caption={t('course.absence.caption')}
            columns={[
              t('course.absence.absentOn'),
              t('course.absence.hours'),
              t('course.absence.reason'),
              t('course.absence.followUp'),
              canFollowUp && t('course.absence.actions'),
            ]}
          >
            {(a) => (
              <tr key={a.id}>
                <th scope="row" className="app-nowrap">
                  {date(a.absentOn)}
                </th>
                <td>{hours(a.hoursTenths)}</td>
                <td>
                  {a.reason ? t(`course.absence.reasons.${a.reason}`) : t('course.absence.reasonUnknown')}
                </td>
                <td>{followUpText(a)}</td>
                {canFollowUp ? (
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('course.absence.followUpLabel', { date: date(a.absentOn) })}
                      onClick={() => open({ kind: 'followUp', absence: a })}
                    >
                      {t('course.absence.followUpOpen')}
                    </button>
                  </td>
                ) : null}
              </tr>
            )}
          </DataTable>
          {canReport && editor.kind === 'closed' ? (
            <OpenFormButton
              className="app-actions"
              label={t('course.absence.reportOpen')}
              onClick={() => open({ kind: 'report' })}
            />
          ) : null}
          {editor.kind === 'report' ? (
            <ReportAbsenceForm
              courseId={courseId}
              onSaved={(text) => void saved(text)}
              onCancel={() => setEditor({ kind: 'closed' })}
            />
          ) : null}
          {editor.kind === 'followUp' ? (
            <FollowUpForm
              key={editor.absence.id}
              absence={editor.absence}
              onSaved={(text) => void saved(text)}
              onCancel={() => setEditor({ kind: 'closed' })}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
