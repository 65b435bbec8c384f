import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useChangeOwnPassword } from './admin.api.ts';
import { TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
type FieldName = (typeof FIELDS)[number];

/** /min-adgangskode: any signed-in user changes their own password with the current one. */
export function OwnPasswordPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('ownPassword.title'));
  const change = useChangeOwnPassword();
  const errors = useFormErrors('own-password', FIELDS);
  const [done, setDone] = useState<number | null>(null);
  const labels: Record<FieldName, string> = {
    currentPassword: t('ownPassword.currentPassword'),
    newPassword: t('ownPassword.newPassword'),
    repeatPassword: t('ownPassword.repeatPassword'),
  };
  const { values, setValues, control } = useFormValues<FieldName>(
    () => ({ currentPassword: '', newPassword: '', repeatPassword: '' }),
    errors,
    labels,
    () => setDone(null),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.reset();
    // Checked here only: the server never sees the repetition.
    if (values.newPassword !== values.repeatPassword) {
      const mismatch = t('ownPassword.mismatch');
      errors.fail(new ApiError(400, 'VALIDATION_FAILED', mismatch, { repeatPassword: mismatch }));
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: (result) => {
          setValues({ currentPassword: '', newPassword: '', repeatPassword: '' });
          setDone(result.endedSessions);
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <div className="app-narrow">
      <h1>{t('ownPassword.title')}</h1>
      <p>{t('ownPassword.intro')}</p>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {done !== null ? (
        <Saved>{done > 0 ? t('ownPassword.changedOthers', { count: done }) : t('ownPassword.changed')}</Saved>
      ) : null}
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('currentPassword')} type="password" required />
        <TextField {...control('newPassword', t('ownPassword.newPasswordHint'))} type="password" required />
        <TextField {...control('repeatPassword')} type="password" required />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {t('ownPassword.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
