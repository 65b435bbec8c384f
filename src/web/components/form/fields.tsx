// The form fields every page uses, each a DKFDS form group tied to its form: the id from the form's idOf,
// the value and the error of the field's name (the error summary links to the id, the error message is
// referenced by aria-describedby), and a change sets the value. The name is also the control's name.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../Field.tsx';

/** What a field needs of its form: useFormValues (or bindingOf) gives it; other forms pass the same. */
export interface FormBinding<F extends string> {
  values: Readonly<Record<F, string>>;
  errors: Partial<Record<F, string>>;
  idOf: (field: F) => string;
  set: (field: F, value: string) => void;
}

export interface FieldProps<F extends string> {
  form: FormBinding<F>;
  name: F;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Props of a field's group (Field), from the form. */
function groupOf<F extends string>({ form, name, label, hint, required }: FieldProps<F>) {
  return { id: form.idOf(name), label, hint, error: form.errors[name] ?? null, required };
}

/** The control's name, value, disabled flag and change handler. */
function bound<F extends string>({ form, name, disabled }: FieldProps<F>) {
  return {
    name,
    value: form.values[name],
    disabled,
    onChange: (event: { target: { value: string } }) => form.set(name, event.target.value),
  };
}

/** Input widths: the whole column, a short number, a date. */
const WIDTH = {
  full: 'form-input',
  short: 'form-input agr-input-short',
  date: 'form-input agr-input-date',
  s: 'form-input input-width-s',
} as const;

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'min' | 'max' | 'className'
> & { size?: keyof typeof WIDTH };

/** A one-line input: text unless another type is given; its width by `size` unless a className is given. */
export function TextField<F extends string>(props: FieldProps<F> & InputExtras) {
  const { type = 'text', size = 'full', className, inputMode, autoComplete = 'off', min, max } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <input
          {...control}
          {...bound(props)}
          className={className ?? WIDTH[size]}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          min={min}
          max={max}
        />
      )}
    </Field>
  );
}

/** A date picker (the browser's own, ISO value). */
export function DateField<F extends string>(props: FieldProps<F>) {
  return <TextField {...props} type="date" size="s" />;
}

/**
 * An amount in kroner as typed in the user's language ("2.040,50" in Danish, "2,040.50" in English): the
 * form parses it with parseAmount from src/shared/money.ts and shows a saved amount with formatMoney.
 */
export function AmountField<F extends string>(props: FieldProps<F> & { size?: 'full' | 'short' }) {
  return <TextField {...props} size={props.size ?? 'short'} inputMode="decimal" />;
}

export function TextAreaField<F extends string>(
  props: FieldProps<F> & { rows?: number; maxLength?: number | undefined },
) {
  const { rows = 3, maxLength } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <textarea {...control} {...bound(props)} className="form-input" rows={rows} maxLength={maxLength} />
      )}
    </Field>
  );
}

function Options({
  options,
  placeholder,
}: {
  options: readonly SelectOption[];
  placeholder?: string | undefined;
}) {
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

export function SelectField<F extends string>(
  props: FieldProps<F> & {
    options: readonly SelectOption[];
    /** The text of a first option with the value "" (none chosen); no such option when left out. */
    placeholder?: string | undefined;
  },
) {
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <select {...control} {...bound(props)} className="form-select">
          <Options options={props.options} placeholder={props.placeholder} />
        </select>
      )}
    </Field>
  );
}

/** A select outside a validated form (a list's filter): a plain label, the value kept by the caller. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
  all,
  disabled = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The text of a first option with the value "" (no filter, or none chosen). */
  all?: string | undefined;
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
        <Options options={options} placeholder={all} />
      </select>
    </div>
  );
}

/** A checkbox with its hint (if any) below; checked is the value "yes", unchecked "". */
export function CheckboxField<F extends string>({
  form,
  name,
  label,
  hint,
}: Omit<FieldProps<F>, 'required' | 'disabled'>) {
  const id = form.idOf(name);
  const error = form.errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <div className="form-group-checkbox">
        <input
          id={id}
          className="form-checkbox"
          type="checkbox"
          name={name}
          checked={form.values[name] === 'yes'}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => form.set(name, event.target.checked ? 'yes' : '')}
        />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Radio buttons in a fieldset, the legend as their label. The first choice has the field's id (the
 * error summary links to it), the others the field's id and their value, unless choiceId says
 * otherwise. The error message is tied to the fieldset.
 */
export function RadioGroup<F extends string>({
  form,
  name,
  legend,
  choices,
  choiceId,
  disabled,
}: {
  form: FormBinding<F>;
  name: F;
  legend: string;
  choices: readonly { value: string; label: ReactNode }[];
  choiceId?: (value: string) => string;
  disabled?: boolean;
}) {
  const id = form.idOf(name);
  const error = form.errors[name];
  const idOf = (value: string, index: number) =>
    choiceId ? choiceId(value) : index === 0 ? id : `${id}-${value}`;
  return (
    <fieldset
      className={error ? 'form-group form-error' : 'form-group'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="form-label">{legend}</legend>
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <ul className="nobullet-list">
        {choices.map((choice, index) => (
          <li key={choice.value}>
            <input
              id={idOf(choice.value, index)}
              className="form-radio"
              type="radio"
              name={name}
              value={choice.value}
              checked={form.values[name] === choice.value}
              disabled={disabled}
              onChange={() => form.set(name, choice.value)}
            />
            <label htmlFor={idOf(choice.value, index)}>{choice.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The secondary button below a section that opens its form. */
export function OpenFormButton({
  id,
  label,
  onClick,
  className = 'crs-actions',
}: {
  id?: string;
  label: string;
  onClick: () => void;
  /** The row's class; by default the course page's. */
  className?: string;
}) {
  return (
    <div className={className}>
      <button id={id} type="button" className="button button-secondary" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}
