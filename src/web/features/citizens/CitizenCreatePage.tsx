import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { cprWarnings, parseCpr } from '../../../shared/cpr.ts';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { DISTRICTS } from '../../../shared/districts.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCreateCitizen } from './citizen.api.ts';
import { DistrictSelect } from '../../components/DistrictSelect.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

type FieldName = 'cpr' | 'name' | 'district' | 'notes';
const FIELD_ORDER: FieldName[] = ['cpr', 'name', 'district', 'notes'];
const fieldId = (field: FieldName) => `create-${field}`;

interface CprFeedback {
  error: string | null;
  notice: string | null;
}

/** Instant feedback with the same rules as the server; the server's answer still decides. */
function checkCpr(value: string, language: Language): CprFeedback {
  if (value.trim() === '') return { error: null, notice: null };
  const result = parseCpr(value);
  if (!result.ok) return { error: translate(language, result.problem), notice: null };
  const warnings = cprWarnings(result, todayInCopenhagen());
  return {
    error: null,
    notice:
      warnings.length === 0 ? null : warnings.map((w) => translate(language, w.key, w.params)).join(' '),
  };
}

/** /borgere/ny: create a citizen at the caseworker's job centre, then show the new citizen. */
export function CitizenCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('createCitizen.title'));
  const language = useLanguage();
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const create = useCreateCitizen();

  const [values, setValues] = useState<Record<FieldName, string>>({
    cpr: '',
    name: '',
    district: '',
    notes: '',
  });
  const [cprFeedback, setCprFeedback] = useState<CprFeedback>({ error: null, notice: null });
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failedAttempt, setFailedAttempt] = useState(0);

  const setValue = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'cpr' && cprFeedback.error) setCprFeedback(checkCpr(value, language));
  };

  const errorOf = (field: FieldName): string | null =>
    serverErrors[field] ?? (field === 'cpr' ? cprFeedback.error : null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCprFeedback(checkCpr(values.cpr, language));
    create.mutate(
      {
        cpr: values.cpr.trim(),
        name: values.name.trim(),
        district: (values.district || null) as (typeof DISTRICTS)[number] | null,
        ...(values.notes.trim() ? { notes: values.notes } : {}),
      },
      {
        onSuccess: (citizen) => void navigate(`/borgere/${citizen.id}`, { state: { created: true } }),
        onError: (error) => {
          const fields = isApiError(error) ? error.fields : {};
          setServerErrors(
            Object.fromEntries(
              FIELD_ORDER.filter((field) => fields[field]).map((field) => [field, fields[field]]),
            ),
          );
          setFailedAttempt((count) => count + 1);
        },
      },
    );
  };

  const errors = Object.fromEntries(FIELD_ORDER.map((field) => [field, errorOf(field) ?? undefined]));
  const otherError =
    create.isError && (!isApiError(create.error) || Object.keys(create.error.fields).length === 0)
      ? messageOf(create.error)
      : null;

  return (
    <div className="app-narrow">
      <h1>{t('createCitizen.title')}</h1>
      <p>{t('createCitizen.intro')}</p>

      {create.isError ? (
        <ErrorSummary
          attempt={failedAttempt}
          errors={errors}
          order={FIELD_ORDER}
          labelOf={(field) => t(`createCitizen.${field}`)}
          idOf={fieldId}
          other={otherError}
        />
      ) : null}

      <form onSubmit={submit} noValidate className="app-form">
        <Field
          id={fieldId('cpr')}
          label={t('createCitizen.cpr')}
          hint={t('createCitizen.cprHint')}
          error={errorOf('cpr')}
          notice={cprFeedback.notice}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-char-11"
              name="cpr"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={values.cpr}
              onChange={(event) => setValue('cpr', event.target.value)}
              onBlur={() => setCprFeedback(checkCpr(values.cpr, language))}
            />
          )}
        </Field>
        <Field
          id={fieldId('name')}
          label={t('createCitizen.name')}
          hint={t('createCitizen.nameHint')}
          error={errorOf('name')}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input"
              name="name"
              type="text"
              autoComplete="off"
              value={values.name}
              onChange={(event) => setValue('name', event.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('district')} label={t('createCitizen.district')} error={errorOf('district')}>
          {(control) => (
            <DistrictSelect
              control={control}
              name="district"
              value={values.district}
              emptyLabel={t('createCitizen.districtNone')}
              onChange={(district) => setValue('district', district)}
            />
          )}
        </Field>
        <Field
          id={fieldId('notes')}
          label={t('createCitizen.notes')}
          hint={t('createCitizen.notesHint')}
          error={errorOf('notes')}
        >
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="notes"
              rows={5}
              value={values.notes}
              onChange={(event) => setValue('notes', event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t('createCitizen.submitting') : t('createCitizen.submit')}
          </button>
          <Link to="/borgere" className="button button-tertiary">
            {t('createCitizen.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
