import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeDifference } from '../../../shared/budgets/difference-text.ts';
import { reconcile } from '../../../shared/budgets/reconciliation.rules.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { Field } from '../../components/Field.tsx';
import { useSaveBudgetTables, type BudgetDetail } from './budget.api.ts';
import {
  draftFromDetail,
  emptyActivity,
  emptyAppropriation,
  readDraft,
  type ActivityDraft,
  type AppropriationDraft,
  type BudgetDraft,
  type TotalsDraft,
} from './budget-draft.ts';
import { rowLabelsOf } from './BudgetTables.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formatMoney } from './format.ts';

const idOf = (path: string) => `edit-${path.replace(/\./g, '-')}`;
const rowStyle = { display: 'flex', flexWrap: 'wrap', columnGap: '2.4rem', alignItems: 'flex-end' } as const;

interface CellProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  wide?: boolean;
  numeric?: boolean;
}

function Cell({ path, label, value, onChange, error, wide = false, numeric = true }: CellProps) {
  return (
    <Field id={idOf(path)} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          className={`form-input ${wide ? 'input-width-l' : 'input-width-xs'}`}
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** One row of a budget table being edited: a numbered fieldset with a button that removes the row. */
function EditableRow({
  index,
  onRemove,
  children,
}: {
  index: number;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('budgets');
  return (
    <fieldset className="app-card">
      <legend className="form-label">{t('edit.rowLegend', { row: index + 1 })}</legend>
      {children}
      <button type="button" className="button button-tertiary" onClick={onRemove}>
        {t('edit.removeRow', { row: index + 1 })}
      </button>
    </fieldset>
  );
}

function AddRowButton({ label, onAdd }: { label: string; onAdd: () => void }) {
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={onAdd}>
        {label}
      </button>
    </p>
  );
}

/** budget.manage: the note's amounts as editable cells in 1.000 kr., with the reconciliation shown live. */
export function BudgetEditForm({ budget, language }: { budget: BudgetDetail; language: Language }) {
  const { t } = useTranslation('budgets');
  const [draft, setDraft] = useState<BudgetDraft>(() => draftFromDetail(budget));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [isSaved, setIsSaved] = useState(false);
  const save = useSaveBudgetTables(budget.id);
  const read = useMemo(() => readDraft(draft), [draft]);
  const live = useMemo(() => reconcile(read.tables), [read]);
  const labels = rowLabelsOf(draft);

  const change = (next: BudgetDraft) => {
    setDraft(next);
    setIsSaved(false);
  };
  const errorOf = (path: string): string | null => {
    if (serverErrors[path]) return serverErrors[path];
    const problem = read.problems[path];
    return problem && attempt > 0 ? translate(language, problem) : null;
  };
  const setActivity = (index: number, patch: Partial<ActivityDraft>) =>
    change({
      ...draft,
      activities: replaceAt(draft.activities, index, { ...draft.activities[index]!, ...patch }),
    });
  const setAppropriation = (index: number, patch: Partial<AppropriationDraft>) =>
    change({
      ...draft,
      appropriations: replaceAt(draft.appropriations, index, { ...draft.appropriations[index]!, ...patch }),
    });
  const setTotals = (name: 'activityTotals' | 'appropriationTotals', patch: Partial<TotalsDraft>) =>
    change({ ...draft, [name]: { ...draft[name], ...patch } });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setServerErrors({});
    if (Object.keys(read.problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(read.input, {
      onSuccess: (saved) => {
        setDraft(draftFromDetail(saved));
        setAttempt(0);
        setIsSaved(true);
      },
      onError: (error) => {
        setServerErrors(isApiError(error) ? error.fields : {});
        setAttempt((n) => n + 1);
      },
    });
  };

  // "Tabel 1: aktiviteter, Række 2, Brutto 2020": the table, the row's legend and the field's label.
  const labelOf = (path: string) => {
    const table = path.startsWith('activit') ? t('edit.table1') : t('edit.table2');
    const input = document.getElementById(idOf(path));
    const legend = input?.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    const label = document.querySelector(`label[for="${idOf(path)}"]`)?.textContent ?? path;
    return [table, legend, label].filter(Boolean).join(', ');
  };
  const allErrors = Object.fromEntries(
    [...new Set([...Object.keys(read.problems), ...Object.keys(serverErrors)])]
      .map((path) => [path, errorOf(path) ?? ''] as const)
      .filter(([, message]) => message),
  );
  const otherError =
    save.isError && isApiError(save.error) && Object.keys(save.error.fields).length === 0
      ? save.error.message
      : null;

  const totalsFieldset = (name: 'activityTotals' | 'appropriationTotals', legend: string): ReactNode => (
    <fieldset>
      <legend className="form-label">{legend}</legend>
      <div style={rowStyle}>
        {draft.years.map((year, y) => (
          <Cell
            key={year}
            path={`${name}.byYear.${y}.amountOre`}
            label={t('edit.statedYear', { year })}
            value={draft[name].byYear[y] ?? ''}
            onChange={(value) => setTotals(name, { byYear: replaceAt(draft[name].byYear, y, value) })}
            error={errorOf(`${name}.byYear.${y}.amountOre`)}
          />
        ))}
        <Cell
          path={`${name}.totalOre`}
          label={t('edit.statedTotal')}
          value={draft[name].total}
          onChange={(value) => setTotals(name, { total: value })}
          error={errorOf(`${name}.totalOre`)}
        />
      </div>
    </fieldset>
  );

  return (
    <section className="app-section" aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('edit.heading')}</h2>
      <p>{t('edit.intro')}</p>
      <ErrorSummary
        attempt={attempt}
        errors={allErrors}
        order={Object.keys(allErrors)}
        labelOf={labelOf}
        idOf={idOf}
        other={otherError}
      />
      {isSaved ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('edit.saved')}</p>
          </div>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <h3>{t('edit.table1')}</h3>
        {draft.activities.map((row, r) => (
          <EditableRow
            key={row.key}
            index={r}
            onRemove={() => change({ ...draft, activities: draft.activities.filter((_, i) => i !== r) })}
          >
            <div style={rowStyle}>
              <Cell
                path={`activities.${r}.activity`}
                label={t('edit.activity')}
                value={row.activity}
                onChange={(activity) => setActivity(r, { activity })}
                error={errorOf(`activities.${r}.activity`)}
                wide
                numeric={false}
              />
              <Cell
                path={`activities.${r}.steeringArea`}
                label={t('edit.steeringArea')}
                value={row.steeringArea}
                onChange={(steeringArea) => setActivity(r, { steeringArea })}
                error={errorOf(`activities.${r}.steeringArea`)}
                numeric={false}
              />
            </div>
            <div style={rowStyle}>
              {draft.years.map((year, y) => (
                <div key={year}>
                  <Cell
                    path={`activities.${r}.amounts.${y}.grossOre`}
                    label={t('edit.gross', { year })}
                    value={row.gross[y] ?? ''}
                    onChange={(value) => setActivity(r, { gross: replaceAt(row.gross, y, value) })}
                    error={errorOf(`activities.${r}.amounts.${y}.grossOre`)}
                  />
                  <Cell
                    path={`activities.${r}.amounts.${y}.cofinancingOre`}
                    label={t('edit.cofinancing', { year })}
                    value={row.cofinancing[y] ?? ''}
                    onChange={(value) =>
                      setActivity(r, { cofinancing: replaceAt(row.cofinancing, y, value) })
                    }
                    error={errorOf(`activities.${r}.amounts.${y}.cofinancingOre`)}
                  />
                </div>
              ))}
              <Cell
                path={`activities.${r}.statedTotalOre`}
                label={t('edit.statedTotal')}
                value={row.stated}
                onChange={(stated) => setActivity(r, { stated })}
                error={errorOf(`activities.${r}.statedTotalOre`)}
              />
              <Cell
                path={`activities.${r}.cofinancingSource`}
                label={t('edit.cofinancingSource')}
                value={row.cofinancingSource}
                onChange={(cofinancingSource) => setActivity(r, { cofinancingSource })}
                error={null}
                numeric={false}
              />
            </div>
          </EditableRow>
        ))}
        <AddRowButton
          label={t('edit.addActivity')}
          onAdd={() => change({ ...draft, activities: [...draft.activities, emptyActivity(draft.years)] })}
        />
        {totalsFieldset('activityTotals', t('note.totalExpenses'))}

        <h3>{t('edit.table2')}</h3>
        {draft.appropriations.map((row, r) => (
          <EditableRow
            key={row.key}
            index={r}
            onRemove={() =>
              change({ ...draft, appropriations: draft.appropriations.filter((_, i) => i !== r) })
            }
          >
            <div style={rowStyle}>
              <Cell
                path={`appropriations.${r}.steeringArea`}
                label={t('edit.steeringArea')}
                value={row.steeringArea}
                onChange={(steeringArea) => setAppropriation(r, { steeringArea })}
                error={errorOf(`appropriations.${r}.steeringArea`)}
                numeric={false}
              />
              <Cell
                path={`appropriations.${r}.committee`}
                label={t('edit.committee')}
                value={row.committee}
                onChange={(committee) => setAppropriation(r, { committee })}
                error={errorOf(`appropriations.${r}.committee`)}
                numeric={false}
              />
              <Cell
                path={`appropriations.${r}.appropriationNumber`}
                label={t('edit.appropriation')}
                value={row.appropriationNumber}
                onChange={(appropriationNumber) => setAppropriation(r, { appropriationNumber })}
                error={errorOf(`appropriations.${r}.appropriationNumber`)}
                numeric={false}
              />
              <Field id={idOf(`appropriations.${r}.direction`)} label={t('edit.direction')} error={null}>
                {(control) => (
                  <select
                    {...control}
                    className="form-select"
                    value={row.direction}
                    onChange={(event) => setAppropriation(r, { direction: event.target.value as 'I' | 'U' })}
                  >
                    <option value="U">{t('edit.expense')}</option>
                    <option value="I">{t('edit.income')}</option>
                  </select>
                )}
              </Field>
            </div>
            <div style={rowStyle}>
              {draft.years.map((year, y) => (
                <Cell
                  key={year}
                  path={`appropriations.${r}.amounts.${y}.amountOre`}
                  label={t('edit.amount', { year })}
                  value={row.amounts[y] ?? ''}
                  onChange={(value) => setAppropriation(r, { amounts: replaceAt(row.amounts, y, value) })}
                  error={errorOf(`appropriations.${r}.amounts.${y}.amountOre`)}
                />
              ))}
              <Cell
                path={`appropriations.${r}.statedTotalOre`}
                label={t('edit.statedTotal')}
                value={row.stated}
                onChange={(stated) => setAppropriation(r, { stated })}
                error={errorOf(`appropriations.${r}.statedTotalOre`)}
              />
            </div>
          </EditableRow>
        ))}
        <AddRowButton
          label={t('edit.addAppropriation')}
          onAdd={() =>
            change({ ...draft, appropriations: [...draft.appropriations, emptyAppropriation(draft.years)] })
          }
        />
        {totalsFieldset('appropriationTotals', t('note.totalExpenses'))}

        <div className="app-card" role="status" id="budget-live" aria-labelledby="budget-live-heading">
          <h3 id="budget-live-heading">{t('edit.live')}</h3>
          {live.isReconciled ? (
            <p>{t('edit.liveReconciled')}</p>
          ) : (
            <>
              <p>{t('edit.liveDifferences', { count: live.differences.length })}</p>
              <ul>
                {live.differences.map((d, index) => (
                  <li key={index}>
                    {describeDifference(language, d, labels)}: {formatMoney(d.differenceOre, language)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
