// Form controls and page frames of the agreements pages: a label, hint and error (Field) around an input,
// select or textarea, tied to the form's errors; a create/edit page; a record page. One place, so every
// form and page behaves alike.
import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Field, type ControlProps as FieldControl } from '../../components/Field.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldId, type FormErrors } from './ui.tsx';

interface ControlProps {
  errors: FormErrors;
  field: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

type Option = { value: string; label: string };

/** The Field around a control: id, label, hint and error from the form's state. */
function Labelled({
  props,
  children,
}: {
  props: ControlProps;
  children: (
    control: FieldControl & {
      name: string;
      value: string;
      onChange: (event: { target: { value: string } }) => void;
    },
  ) => ReactNode;
}) {
  const { errors, field, label, hint, required = false, value, onChange } = props;
  return (
    <Field
      id={fieldId(errors.form, field)}
      label={label}
      hint={hint}
      error={errors.errorOf(field)}
      required={required}
    >
      {(control) =>
        children({ ...control, name: field, value, onChange: (event) => onChange(event.target.value) })
      }
    </Field>
  );
}

const SIZE = { full: 'form-input', short: 'form-input agr-input-short', date: 'form-input agr-input-date' };

export function TextControl({
  type = 'text',
  size = 'full',
  inputMode,
  ...props
}: ControlProps & { type?: string; size?: keyof typeof SIZE; inputMode?: 'decimal' | 'numeric' }) {
  return (
    <Labelled props={props}>
      {(control) => (
        <input {...control} className={SIZE[size]} type={type} inputMode={inputMode} autoComplete="off" />
      )}
    </Labelled>
  );
}

function Options({ options, placeholder }: { options: readonly Option[]; placeholder?: string | undefined }) {
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

export function SelectControl({
  options,
  placeholder,
  ...props
}: ControlProps & { options: readonly Option[]; placeholder?: string }) {
  return (
    <Labelled props={props}>
      {(control) => (
        <select {...control} className="form-select">
          <Options options={options} placeholder={placeholder} />
        </select>
      )}
    </Labelled>
  );
}

export function TextAreaControl(props: ControlProps) {
  return (
    <Labelled props={props}>
      {(control) => <textarea {...control} className="form-input" rows={3} />}
    </Labelled>
  );
}

/** A select outside a validated form (list filters): a label and the options. */
export function PlainSelect({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  disabled = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  placeholder: string;
  disabled?: boolean;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="form-select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        <Options options={options} placeholder={placeholder} />
      </select>
    </div>
  );
}

/**
 * A form's values as text; `control(field, hint)` gives a control its value, label, hint and error, and
 * its changes clear the field's error (and call `onEdit`).
 */
export function useFormValues<F extends string>(
  initial: () => Record<F, string>,
  errors: FormErrors,
  labels: Record<F, string>,
  onEdit?: () => void,
) {
  const [values, setValues] = useState(initial);
  const set = (field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
    onEdit?.();
  };
  const control = (field: F, hint?: string) => ({
    errors,
    field,
    label: labels[field],
    hint,
    value: values[field],
    onChange: (value: string) => set(field, value),
  });
  return { values, setValues, set, control };
}

/** The frame of a create or edit page: one h1 (also the page title) and an optional introduction. */
export function FormPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="app-narrow">
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      {children}
    </div>
  );
}

/** What a loaded record's page shows while loading, on failure, or with the data. */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <>{children(query.data)}</>;
}

/**
 * A record's page: the kind above one h1 (the record's name once loaded, the same element throughout so
 * focus placed on it stays), and "not found" for a record that is missing or out of scope (404).
 */
export function RecordPage<T>({
  query,
  kind,
  titleOf,
  children,
}: {
  query: UseQueryResult<T>;
  kind: string;
  titleOf: (data: T) => string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation('agreements');
  const notFound = isApiError(query.error) && query.error.status === 404;
  const title = query.data ? titleOf(query.data) : notFound ? t('notFound.title') : kind;
  usePageTitle(title);
  return (
    <>
      {query.data ? <p className="app-eyebrow">{kind}</p> : null}
      <h1>{title}</h1>
      {notFound ? (
        <p className="font-lead">{t('notFound.text')}</p>
      ) : (
        <Loaded query={query}>{children}</Loaded>
      )}
    </>
  );
}
