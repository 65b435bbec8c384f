// The fields of the course pages' forms, each a DKFDS form group tied to its form: the id from the
// form's idOf, the value and the error of the field's name, and a change sets the value. The name is
// also the control's name attribute.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../../../components/Field.tsx';

/** What a field needs of its form. useCourseForm gives it; a form with its own state passes the same. */
export interface FormBinding<F extends string> {
  values: Readonly<Record<F, string>>;
  errors: Partial<Record<F, string>>;
  idOf: (field: F) => string;
  set: (field: F, value: string) => void;
}

interface FieldProps<F extends string> {
  form: FormBinding<F>;
  name: F;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
}

/** Props of a field's group (Field), from the form. */
function groupOf<F extends string>({ form, name, label, hint, required }: FieldProps<F>) {
  return { id: form.idOf(name), label, hint, error: form.errors[name] ?? null, required };
}

export function FormDateField<F extends string>(props: FieldProps<F>) {
  const { form, name, disabled } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <input
          {...control}
          className="form-input input-width-s"
          type="date"
          name={name}
          value={form.values[name]}
          disabled={disabled}
          onChange={(event) => form.set(name, event.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function FormSelectField<F extends string>(
  props: FieldProps<F> & {
    options: readonly SelectOption[];
    /** The text of a first option with the value "" (none chosen); no such option when left out. */
    empty?: string;
  },
) {
  const { form, name, disabled, options, empty } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <select
          {...control}
          className="form-select"
          name={name}
          value={form.values[name]}
          disabled={disabled}
          onChange={(event) => form.set(name, event.target.value)}
        >
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'min' | 'max' | 'className'
>;

/** A one-line input: text unless another type is given, the class "form-input" unless another. */
export function FormTextField<F extends string>(props: FieldProps<F> & InputExtras) {
  const {
    form,
    name,
    disabled,
    type = 'text',
    className = 'form-input',
    inputMode,
    autoComplete,
    min,
    max,
  } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <input
          {...control}
          className={className}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          min={min}
          max={max}
          name={name}
          value={form.values[name]}
          disabled={disabled}
          onChange={(event) => form.set(name, event.target.value)}
        />
      )}
    </Field>
  );
}

export function FormTextArea<F extends string>(props: FieldProps<F> & { rows: number; maxLength?: number }) {
  const { form, name, disabled, rows, maxLength } = props;
  return (
    <Field {...groupOf(props)}>
      {(control) => (
        <textarea
          {...control}
          className="form-input"
          name={name}
          rows={rows}
          maxLength={maxLength}
          value={form.values[name]}
          disabled={disabled}
          onChange={(event) => form.set(name, event.target.value)}
        />
      )}
    </Field>
  );
}

/** A checkbox with its hint below; checked is the value "yes", unchecked "". */
export function FormCheckbox<F extends string>({
  form,
  name,
  label,
  hint,
}: Omit<FieldProps<F>, 'hint' | 'required' | 'disabled'> & { hint: string }) {
  const id = form.idOf(name);
  const error = form.errors[name];
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
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => form.set(name, event.target.checked ? 'yes' : '')}
        />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}

/**
 * Radio buttons in a fieldset, the legend as their label. The first choice has the field's id (the
 * error summary links to it), the others the field's id and their value, unless choiceId says
 * otherwise. The error message is tied to the fieldset.
 */
export function FormRadioGroup<F extends string>({
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
