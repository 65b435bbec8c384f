import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useBudgets, useCreateBudget, type BudgetList } from './budget.api.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { BudgetStatusSection } from '../courses/billing/BudgetStatusSection.tsx';

type CreateField = 'title' | 'caseNumber' | 'priceLevelYear' | 'firstYear' | 'lastYear';
const CREATE_FIELDS: CreateField[] = ['title', 'caseNumber', 'priceLevelYear', 'firstYear', 'lastYear'];
const createId = (field: CreateField) => `budget-create-${field}`;

function CreateBudgetForm() {
  const { t } = useTranslation('budgets');
  const navigate = useNavigate();
  const create = useCreateBudget();
  const thisYear = new Date().getFullYear();
  const [values, setValues] = useState<Record<CreateField, string>>({
    title: '',
    caseNumber: '',
    priceLevelYear: String(thisYear),
    firstYear: String(thisYear),
    lastYear: String(thisYear + 2),
  });
  const [errors, setErrors] = useState<Partial<Record<CreateField, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const years: Partial<Record<CreateField, string>> = {};
    for (const field of ['priceLevelYear', 'firstYear', 'lastYear'] as const) {
      if (!/^\d{4}$/.test(values[field].trim())) years[field] = t('budgets.create.yearFormat');
    }
    if (Object.keys(years).length > 0) {
      setErrors(years);
      setAttempt((n) => n + 1);
      return;
    }
    create.mutate(
      {
        title: values.title,
        caseNumber: values.caseNumber.trim() || null,
        priceLevelYear: Number(values.priceLevelYear),
        firstYear: Number(values.firstYear),
        lastYear: Number(values.lastYear),
      },
      {
        onSuccess: (budget) => void navigate(`/budget/${budget.id}`),
        onError: (error) => {
          const fields = isApiError(error) ? error.fields : {};
          setErrors(Object.fromEntries(CREATE_FIELDS.filter((f) => fields[f]).map((f) => [f, fields[f]])));
          setAttempt((n) => n + 1);
        },
      },
    );
  };
  const set = (field: CreateField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const other =
    create.isError && isApiError(create.error) && Object.keys(create.error.fields).length === 0
      ? create.error.message
      : null;

  return (
    <section className="app-section app-card" aria-labelledby="budget-create-heading">
      <h2 id="budget-create-heading">{t('budgets.create.heading')}</h2>
      <ErrorSummary
        attempt={attempt}
        errors={errors as Record<string, string>}
        order={CREATE_FIELDS}
        labelOf={(field) => t(`budgets.create.${field as CreateField}`)}
        idOf={(field) => createId(field as CreateField)}
        other={other}
      />
      <form onSubmit={submit} noValidate className="app-form">
        {CREATE_FIELDS.map((field) => (
          <Field
            key={field}
            id={createId(field)}
            label={t(`budgets.create.${field}`)}
            error={errors[field] ?? null}
            required={field !== 'caseNumber'}
          >
            {(control) => (
              <input
                {...control}
                className={field === 'title' ? 'form-input' : 'form-input input-char-11'}
                type="text"
                inputMode={field === 'title' || field === 'caseNumber' ? undefined : 'numeric'}
                autoComplete="off"
                value={values[field]}
                onChange={(event) => set(field, event.target.value)}
              />
            )}
          </Field>
        ))}
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('budgets.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** /budget: the budget notes with their reconciliation status, the way to the frames, and a create form. */
export function BudgetListPage() {
  const { t } = useTranslation('budgets');
  usePageTitle(t('budgets.title'));
  const { can } = useSession();
  const budgets = useBudgets();
  return (
    <>
      <h1>{t('budgets.title')}</h1>
      <p className="font-lead">{t('budgets.intro')}</p>
      <p>
        <Link to="/budget/rammer">{t('budgets.framesLink')}</Link>
      </p>
      <section className="app-section" aria-labelledby="budget-notes-heading">
        <h2 id="budget-notes-heading">{t('budgets.notesHeading')}</h2>
        {budgets.isPending ? <Loading /> : null}
        {budgets.isError ? <ErrorAlert error={budgets.error} /> : null}
        {budgets.data && budgets.data.items.length === 0 ? (
          <p className="app-empty">{t('budgets.noNotes')}</p>
        ) : null}
        {budgets.data && budgets.data.items.length > 0 ? (
          <DataTable<BudgetList['items'][number]>
            caption={t('budgets.caption')}
            rows={budgets.data.items}
            rowKey={(budget) => budget.id}
            columns={[
              {
                label: t('budgets.columns.title'),
                rowHeader: true,
                sort: { kind: 'text', value: (budget) => budget.title },
                cell: (budget) => <Link to={`/budget/${budget.id}`}>{budget.title}</Link>,
              },
              {
                label: t('budgets.columns.caseNumber'),
                className: 'app-nowrap',
                optional: true,
                sort: { kind: 'text', value: (budget) => budget.caseNumber },
                cell: (budget) => budget.caseNumber ?? '–',
              },
              {
                label: t('budgets.columns.years'),
                className: 'app-nowrap',
                sort: { kind: 'number', value: (budget) => budget.firstYear },
                cell: (budget) => `${budget.firstYear}–${budget.lastYear}`,
              },
              {
                label: t('budgets.columns.priceLevel'),
                optional: true,
                sort: { kind: 'number', value: (budget) => budget.priceLevelYear },
                cell: (budget) => budget.priceLevelYear,
              },
              {
                label: t('budgets.columns.status'),
                cell: (budget) =>
                  budget.isReconciled
                    ? t('budgets.reconciled')
                    : t('budgets.differences', { count: budget.differenceCount }),
              },
            ]}
          />
        ) : null}
      </section>
      <BudgetStatusSection year={new Date().getFullYear()} />
      {can('budget.manage') ? <CreateBudgetForm /> : null}
    </>
  );
}
