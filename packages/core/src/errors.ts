/** Errors of the emissions model; each has a stable `code`, the input `field` it is about, and for names the closest choices. */
export class CoreError extends Error {
  readonly code: string;
  /** Closest matches or valid choices, when the error is about a name. */
  readonly suggestions: string[];
  /** The public name of the input at fault ("intensity", "region", "hardware"), shared by CLI flags, URL parameters and form fields. */
  readonly field: string | undefined;
  /** For inputs that repeat (device groups), which one; set by the caller that knows it. */
  index: number | undefined;
  constructor(code: string, message: string, options: { suggestions?: string[]; field?: string; index?: number } = {}) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.suggestions = options.suggestions ?? [];
    this.field = options.field;
    this.index = options.index;
  }
}

/** True for any error raised by the model. */
export function isCoreError(err: unknown): err is CoreError {
  return err instanceof CoreError;
}

/** The kinds of name the model resolves; each is also the field the name came from. */
export type NameKind = 'hardware' | 'provider' | 'region' | 'zone' | 'country';

/** A name (hardware, provider, region, zone, country) that matches nothing, or several things. */
export class UnknownNameError extends CoreError {
  constructor(kind: NameKind, name: string, suggestions: string[], options: { ambiguous?: boolean; context?: string; index?: number } = {}) {
    const { ambiguous = false, context = '' } = options;
    const quoted = name.length > 60 ? `"${name.slice(0, 60)}…" (${name.length} characters, longer than any name)` : `"${name}"`;
    const what = ambiguous ? `${quoted} matches several ${kind} entries${context}` : `unknown ${kind} ${quoted}${context}`;
    const hint = suggestions.length ? `; ${ambiguous ? 'did you mean one of' : 'closest matches'}: ${suggestions.join(', ')}` : '';
    super(ambiguous ? `ambiguous-${kind}` : `unknown-${kind}`, `${what}${hint}`, { suggestions, field: kind, index: options.index });
    this.name = 'UnknownNameError';
  }
}

/** An input outside what the model accepts, or inputs that contradict each other; `field` names the input at fault. */
export class InvalidInputError extends CoreError {
  constructor(field: string, message: string, index?: number, suggestions: string[] = []) {
    super('invalid-input', message, { field, index, suggestions });
    this.name = 'InvalidInputError';
  }
}

/** The data tables lack something the model needs (a default row, the world average): a fault of the data, not of the input. */
export class DataError extends CoreError {
  constructor(message: string) {
    super('data-error', message);
    this.name = 'DataError';
  }
}
