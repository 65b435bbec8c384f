// The agreement's EAN number (issue 14): the municipality's GLN the provider invoices to, shown with the
// agreement's details and set or changed here by procurement and the administration. The GS1 check digit
// is checked while typing (the rule of src/shared/ean.ts) and again by the server and the database.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseEan } from '../../../shared/ean.ts';
import { translate } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import type { AgreementDetail } from './agreement.api.ts';
import { useSetEan } from './promise.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { Saved } from '../../components/StatusMessage.tsx';

export function AgreementEan({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const save = useSetEan(agreement.id);
  const [value, setValue] = useState(agreement.ean ?? '');
  const [localError, setLocalError] = useState<string | null>(null);
  const serverError = isApiError(save.error) ? (save.error.fields.ean ?? null) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = value.trim();
    if (text !== '') {
      const parsed = parseEan(text);
      if (!parsed.ok) {
        setLocalError(translate(language, parsed.problem));
        return;
      }
    }
    setLocalError(null);
    save.mutate(text === '' ? null : text);
  };
  return (
    <section className="app-section" aria-labelledby="ean-heading">
      <h2 id="ean-heading">{t('ean.heading')}</h2>
      <p>{t('ean.intro')}</p>
      <form onSubmit={submit} noValidate className="app-form">
        {save.isSuccess ? <Saved>{t('ean.saved')}</Saved> : null}
        {save.isError && !serverError ? <ErrorAlert error={save.error} /> : null}
        <Field
          id="agreement-ean-input"
          label={t('ean.label')}
          hint={t('ean.hint')}
          error={localError ?? serverError}
        >
          {(control) => (
            <input
              {...control}
              className="form-input agr-input-short"
              name="ean"
              inputMode="numeric"
              autoComplete="off"
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                setLocalError(null);
                save.reset();
              }}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-secondary" disabled={save.isPending}>
            {t('ean.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
