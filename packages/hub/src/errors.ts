/** Errors of the hub; each has a stable `code`, an HTTP status and the field at fault when there is one. app.ts renders them. */
export class HubError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  /** Further detail for the client (e.g. each bad line of an import). */
  readonly details: unknown;
  constructor(code: string, message: string, status = 500, field?: string, details?: unknown) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.status = status;
    this.field = field;
    this.details = details;
  }
}

/** True for any error raised by the hub on purpose. */
export function isHubError(err: unknown): err is HubError {
  return err instanceof HubError;
}

/** A request the hub refuses as malformed: 400. */
export class BadRequestError extends HubError {
  constructor(message: string, field?: string, details?: unknown) {
    super('bad-request', message, 400, field, details);
    this.name = 'BadRequestError';
  }
}

/** No token, or one that is unknown or revoked: 401. */
export class UnauthorizedError extends HubError {
  constructor(message: string) {
    super('unauthorized', message, 401);
    this.name = 'UnauthorizedError';
  }
}

/** A valid token that may not do this: 403. */
export class ForbiddenError extends HubError {
  constructor(message: string) {
    super('forbidden', message, 403);
    this.name = 'ForbiddenError';
  }
}

/** A route or resource that does not exist (or that the caller may not know of): 404. */
export class NotFoundError extends HubError {
  constructor(message: string) {
    super('not-found', message, 404);
    this.name = 'NotFoundError';
  }
}

/** A route that exists, asked with a method it does not answer: 405, with the methods it does. */
export class MethodNotAllowedError extends HubError {
  readonly allow: readonly string[];
  constructor(method: string, path: string, allow: readonly string[]) {
    super('method-not-allowed', `${path} does not answer ${method.slice(0, 20)}; it answers ${allow.join(', ')}`, 405, undefined, { allow });
    this.name = 'MethodNotAllowedError';
    this.allow = allow;
  }
}

/** A resource that exists already: 409. */
export class ConflictError extends HubError {
  constructor(message: string, field?: string) {
    super('conflict', message, 409, field);
    this.name = 'ConflictError';
  }
}

/** A body larger than the hub takes: 413. */
export class TooLargeError extends HubError {
  constructor(message: string) {
    super('too-large', message, 413);
    this.name = 'TooLargeError';
  }
}

/** A body of a type the route does not take: 415. */
export class UnsupportedTypeError extends HubError {
  constructor(message: string) {
    super('unsupported-type', message, 415);
    this.name = 'UnsupportedTypeError';
  }
}

/** A well-formed request whose content the hub refuses (an inconsistent run, a bad import row): 422. */
export class UnprocessableError extends HubError {
  constructor(code: string, message: string, field?: string, details?: unknown) {
    super(code, message, 422, field, details);
    this.name = 'UnprocessableError';
  }
}

/** A server option that cannot work (bad port, missing web app build, a store that cannot open): raised before listening. */
export class ServerConfigError extends HubError {
  constructor(message: string) {
    super('server-config', message, 500);
    this.name = 'ServerConfigError';
  }
}
