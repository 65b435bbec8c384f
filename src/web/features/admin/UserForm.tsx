// The user form: for a new user (username, and whether indsats makes a password) or an existing one
// (name, organisation, roles, OpenID Connect subject). Field errors come from the server.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES, type Role } from '../../../shared/permissions.ts';
import { Loading } from '../../components/Loading.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import {
  useCreateUser,
  useOrganisations,
  useUpdateUser,
  type AdminUser,
  type UserWithPassword,
} from './admin.api.ts';
import { ADMIN_PAGES } from './AdminUi.tsx';
import { SelectField, TextField } from '../../components/form/fields.tsx';
import { fieldId, summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

const FIELDS = ['username', 'displayName', 'organisationId', 'roles', 'oidcSubject'] as const;
type FieldName = (typeof FIELDS)[number];
type TextName = Exclude<FieldName, 'roles'>;

/** Checkboxes of the roles in a fieldset, which the error summary's link focuses. */
function RolesField({
  form,
  chosen,
  error,
  onChange,
}: {
  form: string;
  chosen: ReadonlySet<Role>;
  error: string | null;
  onChange: (roles: Set<Role>) => void;
}) {
  const { t } = useTranslation('admin');
  const id = fieldId(form, 'roles');
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset
        className="adm-fieldset"
        id={id}
        tabIndex={-1}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      >
        <legend className="form-label">
          {t('users.roles')}
          <span className="app-required">
            {' '}
            <span aria-hidden="true">*</span>
            <span className="sr-only">({t('form.required')})</span>
          </span>
        </legend>
        <span className="form-hint" id={`${id}-hint`}>
          {t('userForm.rolesHint')}
        </span>
        {error ? (
          <span className="form-error-message" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
        {ROLES.map((role) => (
          <div className="form-group-checkbox" key={role}>
            <input
              id={`${id}-${role}`}
              className="form-checkbox"
              type="checkbox"
              name="roles"
              value={role}
              checked={chosen.has(role)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(role);
                else next.delete(role);
                onChange(next);
              }}
            />
            <label className="form-label" htmlFor={`${id}-${role}`}>
              {t(`roles.${role}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function UserForm({
  user,
  onCreated,
}: {
  user?: AdminUser;
  onCreated?: (result: UserWithPassword) => void;
}) {
  const { t } = useTranslation('admin');
  const organisations = useOrganisations();
  const create = useCreateUser();
  const update = useUpdateUser(user?.id ?? '');
  const form = user ? 'user-edit' : 'user-create';
  const errors = useFormErrors(form, FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = {
    username: t('users.username'),
    displayName: t('users.displayName'),
    organisationId: t('users.organisation'),
    roles: t('users.roles'),
    oidcSubject: t('users.oidcSubject'),
  };
  const { values, control } = useFormValues<TextName>(
    () => ({
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      organisationId: user?.organisation.id ?? '',
      oidcSubject: user?.oidcSubject ?? '',
    }),
    errors,
    labels,
    () => setSaved(false),
  );
  const [roles, setRoles] = useState<Set<Role>>(() => new Set(user?.roles ?? []));
  const [withPassword, setWithPassword] = useState(true);

  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    errors.reset();
    const common = {
      displayName: values.displayName,
      organisationId: values.organisationId,
      roles: ROLES.filter((role) => roles.has(role)),
      oidcSubject: values.oidcSubject.trim() === '' ? null : values.oidcSubject.trim(),
    };
    if (user) {
      update.mutate(common, { onSuccess: () => setSaved(true), onError: errors.fail });
    } else {
      create.mutate(
        { ...common, username: values.username, withPassword },
        { onSuccess: (result) => onCreated?.(result), onError: errors.fail },
      );
    }
  };

  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {saved ? <Saved>{t('userForm.saved')}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form">
        {user ? null : <TextField {...control('username', t('userForm.usernameHint'))} required />}
        <TextField {...control('displayName', t('userForm.displayNameHint'))} required />
        <SelectField
          {...control('organisationId')}
          required
          placeholder={t('userForm.organisationChoose')}
          options={organisations.data.items.map((organisation) => ({
            value: organisation.id,
            label: `${organisation.name} (${t(`kinds.${organisation.kind}`)})`,
          }))}
        />
        <RolesField
          form={form}
          chosen={roles}
          error={errors.errorOf('roles')}
          onChange={(next) => {
            setRoles(next);
            errors.clear('roles');
            setSaved(false);
          }}
        />
        <TextField {...control('oidcSubject', t('userForm.oidcSubjectHint'))} />
        {user ? null : (
          <div className="form-group">
            <div className="form-group-checkbox">
              <input
                id={`${form}-withPassword`}
                className="form-checkbox"
                type="checkbox"
                checked={withPassword}
                aria-describedby={`${form}-withPassword-hint`}
                onChange={(event) => setWithPassword(event.target.checked)}
              />
              <label className="form-label" htmlFor={`${form}-withPassword`}>
                {t('userForm.withPassword')}
              </label>
            </div>
            <span className="form-hint" id={`${form}-withPassword-hint`}>
              {t('userForm.withPasswordHint')}
            </span>
          </div>
        )}
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending || update.isPending}
          >
            {user ? t('form.save') : t('userForm.submitCreate')}
          </button>
          {user ? null : (
            <Link to={ADMIN_PAGES.users} className="button button-tertiary">
              {t('form.cancel')}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}
