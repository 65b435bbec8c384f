import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatMoney, parseAmount } from '../../../shared/money.ts';
import { translate } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useBudgetFrame, useBudgetFrames, useSaveBudgetFrame, type BudgetFrame } from './budget.api.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

type FrameField =
  | 'programme'
  | 'year'
  | 'amount'
  | 'tenderId'
  | 'tenderAreaId'
  | 'expectedCourseWeeks'
  | 'expectedAftercareWeeks'
  | 'note';
const FIELDS: FrameField[] = [
  'programme',
  'year',
  'amount',
  'tenderId',
  'tenderAreaId',
  'expectedCourseWeeks',
  'expectedAftercareWeeks',
  'note',
];
const LABEL_KEYS = {
  programme: 'frames.form.programme',
  year: 'frames.form.year',
  amount: 'frames.form.amount',
  tenderId: 'frames.form.tender',
  tenderAreaId: 'frames.form.area',
  expectedCourseWeeks: 'frames.form.courseWeeks',
  expectedAftercareWeeks: 'frames.form.aftercareWeeks',
  note: 'frames.form.note',
} as const;
const fieldId = (field: FrameField) => `frame-${field}`;
/** The API's field names for ours (the amount is sent in øre). */
const apiField = (path: string): FrameField | undefined =>
  path === 'amountOre' ? 'amount' : FIELDS.find((f) => f === path);

function valuesOf(frame: BudgetFrame | undefined, language: Language): Record<FrameField, string> {
  return {
    programme: frame?.programme ?? '',
    year: String(frame?.year ?? new Date().getFullYear()),
    amount: frame ? formatMoney(frame.amountOre, language, { unit: false }) : '',
    tenderId: frame?.tender?.id ?? '',
    tenderAreaId: frame?.tenderArea?.id ?? '',
    expectedCourseWeeks: String(frame?.expectedCourseWeeks ?? 26),
    expectedAftercareWeeks: String(frame?.expectedAftercareWeeks ?? 0),
    note: frame?.note ?? '',
  };
}

function FrameForm({ frame }: { frame: BudgetFrame | undefined }) {
  const { t } = useTranslation('budgets');
  const language = useLanguage();
  const title = frame ? t('frames.form.editTitle') : t('frames.form.createTitle');
  usePageTitle(title);
  const navigate = useNavigate();
  const frames = useBudgetFrames();
  const save = useSaveBudgetFrame(frame?.id);
  const [values, setValues] = useState(() => valuesOf(frame, language));
  const [errors, setErrors] = useState<Partial<Record<FrameField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const tenders = frames.data?.tenders ?? [];
  const areas = tenders.find((tender) => tender.id === values.tenderId)?.areas ?? [];

  const set = (field: FrameField, value: string) => {
    setValues((current) => ({
      ...current,
      [field]: value,
      ...(field === 'tenderId' ? { tenderAreaId: '' } : {}),
    }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Partial<Record<FrameField, string>> = {};
    const amount = parseAmount(values.amount, language);
    if (!amount.ok) problems.amount = translate(language, amount.problem);
    if (!/^\d{4}$/.test(values.year.trim())) problems.year = t('frames.form.yearFormat');
    for (const field of ['expectedCourseWeeks', 'expectedAftercareWeeks'] as const) {
      if (!/^\d{1,3}$/.test(values[field].trim())) problems[field] = t('frames.form.weeksFormat');
    }
    if (Object.keys(problems).length > 0 || !amount.ok) {
      setErrors(problems);
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(
      {
        programme: values.programme,
        year: Number(values.year),
        amountOre: amount.ore,
        tenderId: values.tenderId || null,
        tenderAreaId: values.tenderAreaId || null,
        expectedCourseWeeks: Number(values.expectedCourseWeeks),
        expectedAftercareWeeks: Number(values.expectedAftercareWeeks),
        note: values.note,
      },
      {
        onSuccess: () => void navigate('/budget/rammer', { state: { saved: true } }),
        onError: (error) => {
          const fields = isApiError(error) ? error.fields : {};
          const mapped: Partial<Record<FrameField, string>> = {};
          for (const [path, message] of Object.entries(fields)) {
            const field = apiField(path);
            if (field && !mapped[field]) mapped[field] = message;
          }
          setErrors(mapped);
          setAttempt((n) => n + 1);
        },
      },
    );
  };
  const other =
    save.isError && isApiError(save.error) && Object.keys(save.error.fields).length === 0
      ? save.error.message
      : null;
  const input = (field: FrameField, className: string, inputMode?: 'numeric' | 'decimal') => (
    <Field
      id={fieldId(field)}
      label={t(LABEL_KEYS[field])}
      hint={
        field === 'amount'
          ? t('frames.form.amountHint')
          : field === 'programme'
            ? t('frames.form.programmeHint')
            : undefined
      }
      error={errors[field] ?? null}
      required={field === 'programme' || field === 'year' || field === 'amount'}
    >
      {(control) => (
        <input
          {...control}
          className={className}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <div className="app-narrow">
      <h1>{title}</h1>
      <ErrorSummary
        attempt={attempt}
        errors={errors as Record<string, string>}
        order={FIELDS}
        labelOf={(field) => t(LABEL_KEYS[field as FrameField])}
        idOf={(field) => fieldId(field as FrameField)}
        other={other}
      />
      <form onSubmit={submit} noValidate className="app-form">
        {input('programme', 'form-input')}
        {input('year', 'form-input input-char-11', 'numeric')}
        {input('amount', 'form-input input-char-11', 'decimal')}
        <Field id={fieldId('tenderId')} label={t('frames.form.tender')} error={errors.tenderId ?? null}>
          {(control) => (
            <select
              {...control}
              className="form-select"
              value={values.tenderId}
              onChange={(e) => set('tenderId', e.target.value)}
            >
              <option value="">{t('frames.form.tenderNone')}</option>
              {tenders.map((tender) => (
                <option key={tender.id} value={tender.id}>
                  {tender.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('tenderAreaId')} label={t('frames.form.area')} error={errors.tenderAreaId ?? null}>
          {(control) => (
            <select
              {...control}
              className="form-select"
              value={values.tenderAreaId}
              disabled={areas.length === 0}
              onChange={(e) => set('tenderAreaId', e.target.value)}
            >
              <option value="">{t('frames.form.areaNone')}</option>
              {areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.number}. {area.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('expectedCourseWeeks', 'form-input input-char-11', 'numeric')}
        {input('expectedAftercareWeeks', 'form-input input-char-11', 'numeric')}
        <Field id={fieldId('note')} label={t('frames.form.note')} error={errors.note ?? null}>
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              rows={3}
              value={values.note}
              onChange={(event) => set('note', event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {frame ? t('frames.form.submitEdit') : t('frames.form.submitCreate')}
          </button>
          <Link to="/budget/rammer" className="button button-tertiary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}

/** /budget/rammer/ny and /budget/rammer/:id: create or edit a budget frame. */
export function FrameFormPage() {
  const { id } = useParams();
  const frame = useBudgetFrame(id);
  if (!id) return <FrameForm frame={undefined} />;
  if (frame.isPending) return <Loading />;
  if (frame.isError) return <ErrorAlert error={frame.error} />;
  return <FrameForm key={frame.data.id} frame={frame.data} />;
}
