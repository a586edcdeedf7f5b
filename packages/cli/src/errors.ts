/** Errors of the command line; each has a stable code and maps to an exit status in main.ts. */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(code: string, message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** A bad flag, argument or value: exit status 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super('usage', message, 2);
    this.name = 'UsageError';
  }
}
