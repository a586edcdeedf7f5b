/** Errors of the emissions model; each has a stable `code`, and most list the valid or closest choices. */
export class CoreError extends Error {
  readonly code: string;
  /** Closest matches or valid choices, when the error is about a name. */
  readonly suggestions: string[];
  constructor(code: string, message: string, suggestions: string[] = []) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.suggestions = suggestions;
  }
}

/** True for any error raised by the model for bad input. */
export function isCoreError(err: unknown): err is CoreError {
  return err instanceof CoreError;
}

/** A name (hardware, provider, region, zone, country) that matches nothing, or several things. */
export class UnknownNameError extends CoreError {
  constructor(kind: string, name: string, suggestions: string[], ambiguous = false, context = '') {
    const what = ambiguous ? `"${name}" matches several ${kind} entries${context}` : `unknown ${kind} "${name}"${context}`;
    const hint = suggestions.length ? `; ${ambiguous ? 'did you mean one of' : 'closest matches'}: ${suggestions.join(', ')}` : '';
    super(ambiguous ? `ambiguous-${kind}` : `unknown-${kind}`, `${what}${hint}`, suggestions);
    this.name = 'UnknownNameError';
  }
}

/** A number or option outside what the model accepts. */
export class InvalidInputError extends CoreError {
  constructor(message: string) {
    super('invalid-input', message);
    this.name = 'InvalidInputError';
  }
}
