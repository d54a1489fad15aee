/** What went wrong, as a kind the UI can branch on. */
export type SessionErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'gone'
  | 'rate_limited'
  | 'validation'
  | 'server'
  | 'http'
  | 'invalid_response';

/** One schema problem in a server answer: where it was, and what was expected. */
export interface ResponseIssue {
  path: readonly PropertyKey[];
  message: string;
}

export interface SessionErrorInit {
  kind: SessionErrorKind;
  message?: string;
  status?: number;
  code?: string;
  fields?: Readonly<Record<string, string>>;
  issues?: readonly ResponseIssue[];
  retryAfter?: number;
}

const defaultMessages: Record<SessionErrorKind, string> = {
  network: 'Could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again.',
  aborted: 'The request was cancelled.',
  unauthorized: 'Your session has ended. Please log in again.',
  forbidden: 'You do not have access to this.',
  not_found: 'Not found.',
  gone: 'This feature is no longer available.',
  rate_limited: 'Too many attempts. Please wait a moment and try again.',
  validation: 'Please check the highlighted fields.',
  server: 'The server had a problem. Please try again later.',
  http: 'The request failed.',
  invalid_response: 'The server sent an answer the app cannot read.',
};

/**
 * The one error type the kit throws. `message` is safe to show to a user: it is the server's own
 * message when it sent one, otherwise a plain default for the `kind`. It never carries the raw
 * response body, a password or a token.
 *
 * @example
 * if (error instanceof SessionError && error.kind === 'rate_limited') wait(error.retryAfter)
 */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  readonly kind: SessionErrorKind;
  /** HTTP status, when an answer arrived. */
  readonly status: number | undefined;
  /** The server's error code or type, when it sent one. */
  readonly code: string | undefined;
  /** Form field → message, from the server's `fields`. */
  readonly fields: Readonly<Record<string, string>>;
  /** Schema problems of an `invalid_response`: paths and expectations, never values. */
  readonly issues: readonly ResponseIssue[];
  /** Seconds to wait before trying again (from `Retry-After`). */
  readonly retryAfter: number | undefined;

  constructor(init: SessionErrorInit) {
    super(init.message || defaultMessages[init.kind]);
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.issues = init.issues ?? [];
    this.retryAfter = init.retryAfter;
  }
}

/** True for any `SessionError`, and narrows its type. */
export function isSessionError(value: unknown): value is SessionError {
  return value instanceof SessionError;
}
