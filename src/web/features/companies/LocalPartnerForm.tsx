import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_PARTNER_KINDS, type LocalPartnerKind } from '../../../shared/companies/company.constants.ts';
import { translate } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { networkApi, useRefreshNetwork, type LocalPartner } from './company.api.ts';
import { ErrorSummary, fieldErrorsFrom, useFocusOnMount } from '../../components/ErrorSummary.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

const FIELDS = [
  'kind',
  'name',
  'socialPlan',
  'contactName',
  'contactEmail',
  'contactPhone',
  'cooperation',
] as const;
type FieldName = (typeof FIELDS)[number];
type Errors = Partial<Record<FieldName, string>>;
const idOf = (field: FieldName) => `local-partner-${field}`;

interface LocalPartnerFormProps {
  providerId: string;
  editing?: LocalPartner | undefined;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Adds or edits a local partner: kind, name, social plan (housing associations), contact, cooperation. */
export function LocalPartnerForm({ providerId, editing, onSaved, onCancel }: LocalPartnerFormProps) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const messageOf = useErrorMessage();
  const refresh = useRefreshNetwork();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [values, setValues] = useState<Record<FieldName, string>>({
    kind: editing?.kind ?? '',
    name: editing?.name ?? '',
    socialPlan: editing?.socialPlan ?? '',
    contactName: editing?.contactName ?? '',
    contactEmail: editing?.contactEmail ?? '',
    contactPhone: editing?.contactPhone ?? '',
    cooperation: editing?.cooperation ?? '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const set = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const isHousing = values.kind === 'housing_association';
    const input = {
      ...values,
      kind: values.kind as LocalPartnerKind,
      // Only a housing association has a social plan (boligsocial helhedsplan).
      socialPlan: isHousing ? values.socialPlan : '',
    };
    setPending(true);
    try {
      const saved = editing
        ? await networkApi.updateLocalPartner(editing.id, input)
        : await networkApi.createLocalPartner(providerId, input);
      await refresh();
      onSaved(t(editing ? 'network.localPartnerSaved' : 'network.localPartnerAdded', { name: saved.name }));
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, FIELDS);
      const onlyFields =
        Object.keys(fieldErrors).length > 0 && isApiError(error) && error.code === 'VALIDATION_FAILED';
      setErrors(fieldErrors);
      setOther(onlyFields ? null : messageOf(error));
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  const text = (
    field: FieldName,
    options: { type?: string; autoComplete?: string; hint?: string; required?: boolean },
  ) => (
    <Field
      id={idOf(field)}
      label={t(`localPartnerForm.${field}`)}
      hint={options.hint}
      error={errors[field] ?? null}
      required={options.required ?? false}
    >
      {(control) => (
        <input
          {...control}
          className="form-input"
          name={field}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  const title = editing
    ? t('localPartnerForm.editTitle', { name: editing.name })
    : t('localPartnerForm.addTitle');
  return (
    <section className="app-card app-network-form" aria-labelledby="local-partner-form-heading">
      <h3 id="local-partner-form-heading" tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <p>{t('localPartnerForm.intro')}</p>
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={(field) => t(`localPartnerForm.${field}`)}
        idOf={idOf}
        other={other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <Field id={idOf('kind')} label={t('localPartnerForm.kind')} error={errors.kind ?? null} required>
          {(control) => (
            <select
              {...control}
              className="form-select"
              name="kind"
              value={values.kind}
              onChange={(event) => set('kind', event.target.value)}
            >
              <option value="">{t('localPartnerForm.kindChoose')}</option>
              {LOCAL_PARTNER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {translate(language, `company.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('name', { required: true })}
        {values.kind === 'housing_association'
          ? text('socialPlan', { hint: t('localPartnerForm.socialPlanHint') })
          : null}
        {text('contactName', {})}
        {text('contactEmail', { type: 'email' })}
        {text('contactPhone', { type: 'tel' })}
        <Field
          id={idOf('cooperation')}
          label={t('localPartnerForm.cooperation')}
          hint={t('localPartnerForm.cooperationHint')}
          error={errors.cooperation ?? null}
        >
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="cooperation"
              rows={3}
              value={values.cooperation}
              onChange={(event) => set('cooperation', event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('localPartnerForm.submitting') : t('localPartnerForm.submit')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('localPartnerForm.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
