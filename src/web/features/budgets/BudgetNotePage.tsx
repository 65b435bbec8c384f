import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useBudget, type BudgetDetail } from './budget.api.ts';
import { BudgetEditForm } from './BudgetEditForm.tsx';
import { ActivityTable, AppropriationTable, DifferenceTable, rowLabelsOf } from './BudgetTables.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

function ReconciliationStatus({ budget, language }: { budget: BudgetDetail; language: Language }) {
  const { t } = useTranslation('budgets');
  const { isReconciled, differences } = budget.reconciliation;
  return (
    <section className="app-section" aria-labelledby="reconciliation-heading">
      <h2 id="reconciliation-heading">{t('note.reconciliationHeading')}</h2>
      <div
        className={isReconciled ? 'alert alert-success' : 'alert alert-warning'}
        id="reconciliation-status"
      >
        <div className="alert-body">
          <p className="alert-heading">
            {isReconciled ? t('note.reconciled') : t('note.notReconciled', { count: differences.length })}
          </p>
          {isReconciled ? <p className="alert-text">{t('note.reconciledText')}</p> : null}
        </div>
      </div>
      {isReconciled ? null : (
        <DifferenceTable
          id="reconciliation-differences"
          differences={differences}
          labels={rowLabelsOf(budget)}
          language={language}
        />
      )}
    </section>
  );
}

function Downloads({ budget }: { budget: BudgetDetail }) {
  const { t } = useTranslation('budgets');
  const base = `/api/budgets/${encodeURIComponent(budget.id)}/export`;
  return (
    <section className="app-section" aria-labelledby="budget-downloads">
      <h2 id="budget-downloads">{t('common.downloads')}</h2>
      <ul className="app-link-list">
        <li>
          <a href={`${base}?format=xlsx`} download>
            {t('common.xlsx')}
          </a>
        </li>
        <li>
          <a href={`${base}?format=csv&table=activities`} download>
            {t('note.exportTable1')}
          </a>
        </li>
        <li>
          <a href={`${base}?format=csv&table=appropriations`} download>
            {t('note.exportTable2')}
          </a>
        </li>
        <li>
          <a href={`${base}?format=csv&table=reconciliation`} download>
            {t('note.exportReconciliation')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function BudgetNote({ budget, language }: { budget: BudgetDetail; language: Language }) {
  const { t } = useTranslation('budgets');
  usePageTitle(budget.title);
  const { can } = useSession();
  const [isEditing, setIsEditing] = useState(false);
  return (
    <>
      <h1>{budget.title}</h1>
      {budget.caseNumber ? (
        <p className="font-lead">{t('note.caseNumber', { caseNumber: budget.caseNumber })}</p>
      ) : null}
      {budget.note ? <p>{budget.note}</p> : null}
      <ReconciliationStatus budget={budget} language={language} />
      <div className="app-section">
        <ActivityTable budget={budget} language={language} />
      </div>
      <div className="app-section">
        <AppropriationTable budget={budget} language={language} />
      </div>
      <p className="app-muted">{t('note.computedNote')}</p>
      <Downloads budget={budget} />
      {can('budget.manage') ? (
        isEditing ? (
          <BudgetEditForm key={budget.id} budget={budget} language={language} />
        ) : (
          <p>
            <button type="button" className="button button-secondary" onClick={() => setIsEditing(true)}>
              {t('edit.open')}
            </button>
          </p>
        )
      ) : null}
      <p>
        <Link to="/budget">{t('note.back')}</Link>
      </p>
    </>
  );
}

/** /budget/:id: a budget note with Tabel 1 and Tabel 2 as in seed 004, the reconciliation and exports. */
export function BudgetNotePage() {
  const language = useLanguage();
  const { id = '' } = useParams();
  const budget = useBudget(id);
  if (budget.isPending) return <Loading />;
  if (budget.isError) {
    if (isApiError(budget.error) && budget.error.status === 404) return <NotFound />;
    return <ErrorAlert error={budget.error} />;
  }
  return <BudgetNote budget={budget.data} language={language} />;
}

function NotFound() {
  const { t } = useTranslation('budgets');
  usePageTitle(t('note.notFound'));
  return (
    <>
      <h1>{t('note.notFound')}</h1>
      <p>
        <Link to="/budget">{t('note.back')}</Link>
      </p>
    </>
  );
}
