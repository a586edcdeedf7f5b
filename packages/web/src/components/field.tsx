/** A labelled form field with its hint and, when invalid, its error message right below the input. */
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../estimate-input.ts';

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: FieldError | undefined;
  /** Called with a suggestion the user picks from the error's list. */
  onSuggestion?: (value: string) => void;
  children: ComponentChildren;
  class?: string;
}

/** ids of the hint and error of a field, for aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field(props: FieldProps) {
  const { id, label, hint, error } = props;
  return (
    <div class={`field${error ? ' invalid' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label for={id}>{label}</label>
      {props.children}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <div class="error" id={`${id}-error`} role="alert" data-testid={`error-${id}`}>
          <p>{error.message}</p>
          {error.suggestions && error.suggestions.length > 0 && props.onSuggestion ? (
            <p class="suggestions">
              Did you mean:{' '}
              {error.suggestions.slice(0, 6).map((s) => (
                <button type="button" class="chip" key={s} onClick={() => props.onSuggestion?.(s)}>
                  {s}
                </button>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
