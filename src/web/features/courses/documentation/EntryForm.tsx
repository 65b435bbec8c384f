// The provider's form for a dated entry: date, kind, training or internship (accommodations, attendance),
// attended (attendance), the text and whether it is sensitive.
import { useTranslation } from 'react-i18next';
import {
  ENTRY_KINDS,
  ENTRY_SETTINGS,
  type EntryKind,
  type EntrySetting,
} from '../../../../shared/courses/documentation.constants.ts';
import { Field } from '../../../components/Field.tsx';
import { FormFrame, useCourseForm } from '../course/useCourseForm.tsx';
import { documentationApi, useRefreshDocumentation } from './documentation.api.ts';
import { todayInCopenhagen } from './doc-dates.ts';

const FIELDS = ['entryOn', 'kind', 'setting', 'attended', 'text', 'isSensitive'] as const;

interface EntryFormProps {
  courseId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function EntryForm({ courseId, onDone, onCancel }: EntryFormProps) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshDocumentation(courseId);
  const form = useCourseForm(
    FIELDS,
    { entryOn: todayInCopenhagen(), kind: 'task', setting: '', attended: '', text: '', isSensitive: '' },
    'entry-new',
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
      form={form}
      order={FIELDS}
      labelOf={(field) => t(`documentation.entryForm.${field}`)}
      submitLabel={t('documentation.entryForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('entryOn')}
        label={t('documentation.entryForm.entryOn')}
        error={form.errors.entryOn ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="entryOn"
            value={form.values.entryOn}
            onChange={(event) => form.set('entryOn', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={form.idOf('kind')}
        label={t('documentation.entryForm.kind')}
        error={form.errors.kind ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="kind"
            value={form.values.kind}
            onChange={(event) => form.set('kind', event.target.value)}
          >
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`documentation.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {usesSetting ? (
        <Field
          id={form.idOf('setting')}
          label={t('documentation.entryForm.setting')}
          hint={t('documentation.entryForm.settingHint')}
          error={form.errors.setting ?? null}
          required={kind === 'accommodation'}
        >
          {(control) => (
            <select
              {...control}
              className="form-select"
              name="setting"
              value={form.values.setting}
              onChange={(event) => form.set('setting', event.target.value)}
            >
              <option value="">{t('documentation.entryForm.settingNone')}</option>
              {ENTRY_SETTINGS.map((s) => (
                <option key={s} value={s}>
                  {t(`documentation.settings.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
      <Field
        id={form.idOf('text')}
        label={t('documentation.entryForm.text')}
        hint={t('documentation.entryForm.textHint')}
        error={form.errors.text ?? null}
        required
      >
        {(control) => (
          <textarea
            {...control}
            className="form-input"
            name="text"
            rows={5}
            maxLength={5000}
            value={form.values.text}
            onChange={(event) => form.set('text', event.target.value)}
          />
        )}
      </Field>
      <div className="form-group">
        <div className="form-group-checkbox">
          <input
            id={form.idOf('isSensitive')}
            className="form-checkbox"
            type="checkbox"
            name="isSensitive"
            checked={form.values.isSensitive === 'yes'}
            aria-describedby={`${form.idOf('isSensitive')}-hint`}
            onChange={(event) => form.set('isSensitive', event.target.checked ? 'yes' : '')}
          />
          <label className="form-label" htmlFor={form.idOf('isSensitive')}>
            {t('documentation.entryForm.isSensitive')}
          </label>
        </div>
        <span className="form-hint" id={`${form.idOf('isSensitive')}-hint`}>
          {t('documentation.entryForm.isSensitiveHint')}
        </span>
      </div>
    </FormFrame>
  );
}
