// The provider's form for a dated entry: date, kind, training or internship (accommodations, attendance),
// attended (attendance), the text and whether it is sensitive.
import { useTranslation } from 'react-i18next';
import {
  ENTRY_KINDS,
  ENTRY_SETTINGS,
  type EntryKind,
  type EntrySetting,
} from '../../../../shared/courses/documentation.constants.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { documentationApi, useRefreshDocumentation } from './documentation.api.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { CheckboxField, DateField, SelectField, TextAreaField } from '../../../components/form/fields.tsx';

const FIELDS = ['entryOn', 'kind', 'setting', 'attended', 'text', 'isSensitive'] as const;

interface EntryFormProps {
  courseId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function EntryForm({ courseId, onDone, onCancel }: EntryFormProps) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshDocumentation(courseId);
  const labelOf = (field: (typeof FIELDS)[number]) => t(`documentation.entryForm.${field}`);
  const errors = useFormErrors('entry-new', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      entryOn: todayInCopenhagen(),
      kind: 'task',
      setting: '',
      attended: '',
      text: '',
      isSensitive: '',
    }),
    errors,
    labelOf,
  );
  const kind = form.values.kind as EntryKind;
  const usesSetting = kind === 'accommodation' || kind === 'attendance';
  const save = async () => {
    await documentationApi.createEntry(courseId, {
      entryOn: form.values.entryOn,
      kind,
      setting: usesSetting && form.values.setting ? (form.values.setting as EntrySetting) : null,
      attended: kind === 'attendance' && form.values.attended ? form.values.attended === 'yes' : null,
      text: form.values.text,
      isSensitive: form.values.isSensitive === 'yes',
    });
    await refresh();
    onDone(t('documentation.entries.added'));
  };
  return (
    <FormFrame
      title={t('documentation.entryForm.title')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('documentation.entryForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="entryOn" label={t('documentation.entryForm.entryOn')} required />
      <SelectField
        form={form}
        name="kind"
        label={t('documentation.entryForm.kind')}
        required
        options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`documentation.kinds.${k}`) }))}
      />
      {usesSetting ? (
        <SelectField
          form={form}
          name="setting"
          label={t('documentation.entryForm.setting')}
          hint={t('documentation.entryForm.settingHint')}
          required={kind === 'accommodation'}
          placeholder={t('documentation.entryForm.settingNone')}
          options={ENTRY_SETTINGS.map((s) => ({ value: s, label: t(`documentation.settings.${s}`) }))}
        />
      ) : null}
      {kind === 'attendance' ? (
        <fieldset
          className={form.errors.attended ? 'form-group form-error' : 'form-group'}
          aria-describedby={form.errors.attended ? `${form.idOf('attended')}-error` : undefined}
        >
          <legend className="form-label">
            {t('documentation.entryForm.attended')}
            <span className="app-required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          {form.errors.attended ? (
            <span className="form-error-message" id={`${form.idOf('attended')}-error`}>
              {form.errors.attended}
            </span>
          ) : null}
          {(['yes', 'no'] as const).map((value, index) => (
            <div className="form-group-radio" key={value}>
              <input
                id={index === 0 ? form.idOf('attended') : `${form.idOf('attended')}-${value}`}
                className="form-radio"
                type="radio"
                name="attended"
                value={value}
                checked={form.values.attended === value}
                onChange={() => form.set('attended', value)}
              />
              <label
                className="form-label"
                htmlFor={index === 0 ? form.idOf('attended') : `${form.idOf('attended')}-${value}`}
              >
                {value === 'yes'
                  ? t('documentation.entryForm.attendedYes')
                  : t('documentation.entryForm.attendedNo')}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        form={form}
        name="text"
        label={t('documentation.entryForm.text')}
        hint={t('documentation.entryForm.textHint')}
        required
        rows={5}
        maxLength={5000}
      />
      <CheckboxField
        form={form}
        name="isSensitive"
        label={t('documentation.entryForm.isSensitive')}
        hint={t('documentation.entryForm.isSensitiveHint')}
      />
    </FormFrame>
  );
}
