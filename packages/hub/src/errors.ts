/** Errors of the hub; each has a stable `code` and an HTTP status, mapped to `{error: {code, message}}` in one place. */
export class HubError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 500) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.status = status;
  }
}

/** True for any error raised by the hub on purpose. */
export function isHubError(err: unknown): err is HubError {
  return err instanceof HubError;
}

/** A route or resource that does not exist: 404. */
export class NotFoundError extends HubError {
  constructor(message: string) {
    super('not-found', message, 404);
    this.name = 'NotFoundError';
  }
}

/** A request the hub refuses as malformed: 400. */
export class BadRequestError extends HubError {
  constructor(message: string) {
    super('bad-request', message, 400);
    this.name = 'BadRequestError';
  }
}

/** A server option that cannot work (bad port, missing web app build): raised before listening. */
export class ServerConfigError extends HubError {
  constructor(message: string) {
    super('server-config', message, 500);
    this.name = 'ServerConfigError';
  }
}
