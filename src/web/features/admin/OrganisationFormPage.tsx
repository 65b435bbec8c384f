// Create an organisation (kind, code, name), or change an existing one's code and name.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ORGANISATION_KINDS } from '../../../shared/organisations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  useCreateOrganisation,
  useOrganisations,
  useUpdateOrganisation,
  type OrganisationView,
} from './admin.api.ts';
import { ADMIN_PAGES, AdminNav } from './AdminUi.tsx';
import { SelectField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = ['kind', 'code', 'name'] as const;
type FieldName = (typeof FIELDS)[number];

function OrganisationForm({ organisation }: { organisation?: OrganisationView }) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation(organisation?.id ?? '');
  const errors = useFormErrors('organisation', FIELDS);
  const labels: Record<FieldName, string> = {
    kind: t('organisations.kind'),
    code: t('organisations.code'),
    name: t('organisations.name'),
  };
  const { values, control } = useFormValues<FieldName>(
    () => ({
      kind: organisation?.kind ?? '',
      code: organisation?.code ?? '',
      name: organisation?.name ?? '',
    }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.reset();
    const done = (saved: OrganisationView) =>
      void navigate(ADMIN_PAGES.organisations, {
        state: {
          saved: t(organisation ? 'organisationForm.saved' : 'organisationForm.created', {
            name: saved.name,
          }),
        },
      });
    const options = { onSuccess: done, onError: errors.fail };
    if (organisation) update.mutate({ code: values.code, name: values.name }, options);
    else create.mutate(values, options);
  };
  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        {organisation ? (
          <p>
            <strong>{labels.kind}:</strong> {t(`kinds.${organisation.kind}`)}.{' '}
            <span className="app-muted">{t('organisationForm.kindFixed')}</span>
          </p>
        ) : (
          <SelectField
            {...control('kind', t('organisationForm.kindHint'))}
            required
            placeholder={t('organisationForm.kindChoose')}
            options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        )}
        <TextField {...control('name')} required />
        <TextField {...control('code', t('organisationForm.codeHint'))} required />
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending || update.isPending}
          >
            {organisation ? t('form.save') : t('organisationForm.submitCreate')}
          </button>
          <Link to={ADMIN_PAGES.organisations} className="button button-tertiary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /administration/organisationer/ny */
export function OrganisationCreatePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('organisationForm.createTitle'));
  return (
    <>
      <AdminNav />
      <div className="app-narrow">
        <h1>{t('organisationForm.createTitle')}</h1>
        <p>{t('organisationForm.intro')}</p>
        <OrganisationForm />
      </div>
    </>
  );
}

/** /administration/organisationer/:id */
export function OrganisationEditPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const organisations = useOrganisations();
  const organisation = organisations.data?.items.find((o) => o.id === id);
  const title = organisation
    ? t('organisationForm.editTitle', { name: organisation.name })
    : organisations.data
      ? t('organisationForm.notFound')
      : t('organisations.title');
  usePageTitle(title);
  return (
    <>
      <AdminNav />
      <div className="app-narrow">
        <h1>{title}</h1>
        {organisations.isPending ? (
          <Loading />
        ) : organisations.isError ? (
          <ErrorAlert error={organisations.error} />
        ) : organisation ? (
          <OrganisationForm key={organisation.id} organisation={organisation} />
        ) : (
          <p>
            <Link to={ADMIN_PAGES.organisations}>{t('organisations.title')}</Link>
          </p>
        )}
      </div>
    </>
  );
}
