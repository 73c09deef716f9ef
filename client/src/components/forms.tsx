// Small accessible form pieces: every control has a label; groups are fieldsets with a legend.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  icon?: string;
  description?: string;
}

/** Several answers: big tappable checkboxes, each with its icon and a plain description. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  choices,
  selected,
  onChange,
  name,
}: {
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  name: string;
}) {
  const toggle = (value: T, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {choices.map((choice) => (
        <Option
          key={choice.value}
          choice={choice}
          name={name}
          type="checkbox"
          checked={selected.includes(choice.value)}
          onChange={(on) => toggle(choice.value, on)}
        />
      ))}
    </fieldset>
  );
}

/** One answer among a few. */
export function RadioGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  name,
}: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (next: T) => void;
  name: string;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <Option
          key={choice.value}
          choice={choice}
          name={name}
          type="radio"
          checked={value === choice.value}
          onChange={(on) => on && onChange(choice.value)}
        />
      ))}
    </fieldset>
  );
}

function Option<T extends string>({
  choice,
  name,
  type,
  checked,
  onChange,
}: {
  choice: Choice<T>;
  name: string;
  type: 'checkbox' | 'radio';
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={checked ? 'option checked' : 'option'}>
      <input
        id={id}
        type={type}
        name={name}
        value={choice.value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={choice.description ? `${id}-d` : undefined}
      />
      <label htmlFor={id}>
        {choice.icon && (
          <span className="icon" aria-hidden="true">
            {choice.icon}
          </span>
        )}
        <span>
          {choice.label}
          {choice.description && (
            <span className="description" id={`${id}-d`}>
              {choice.description}
            </span>
          )}
        </span>
      </label>
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  choices,
  value,
  onChange,
  emptyLabel,
  required,
}: {
  label: string;
  choices: readonly Choice<T>[];
  value: T | '';
  onChange: (next: T | '') => void;
  emptyLabel?: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={required} onChange={(e) => onChange(e.target.value as T | '')}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  return (
    <div className="form-error" role="alert" aria-live="assertive">
      {message}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** A text answer of a submitted form ('' when absent). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
