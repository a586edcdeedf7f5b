/** Errors of the command line; each has a stable code and an exit status, and main.ts alone turns errors into output. */
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

/** A sensor choice the user asked for (e.g. --gpu-method counter) that this machine cannot honour: exit status 2. */
export class SensorChoiceError extends CliError {
  constructor(message: string) {
    super('sensor-choice', message, 2);
    this.name = 'SensorChoiceError';
  }
}

/** An NVML call that failed (the driver is absent, too old, or refused): the tracker then measures no GPU and says why. */
export class NvmlError extends CliError {
  constructor(message: string) {
    super('nvml', message, 1);
    this.name = 'NvmlError';
  }
}

/** A journal that cannot make a run (no start line): `runs` and `show` report it and go on. */
export class JournalError extends CliError {
  constructor(message: string) {
    super('bad-journal', message, 1);
    this.name = 'JournalError';
  }
}

/** The outbox of uploads cannot be written or read (a full disk, a read-only folder): exit status 1. */
export class OutboxError extends CliError {
  constructor(message: string) {
    super('outbox', message, 1);
    this.name = 'OutboxError';
  }
}

/** Some runs could not be uploaded (they wait in the outbox, or the hub refused them): exit status 1. */
export class UploadIncompleteError extends CliError {
  constructor(message: string) {
    super('upload-incomplete', message, 1);
    this.name = 'UploadIncompleteError';
  }
}
