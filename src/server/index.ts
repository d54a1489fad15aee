// react-session-kit/server: for an app's backend. No React, no DOM.
export { fetchSession } from './fetchSession';
export type { FetchSessionOptions } from './fetchSession';
export {
  createSessionTokenVerifier,
  verifySessionToken,
  sessionTokenClaimsSchema,
  SessionTokenVerifierError,
} from './verifySessionToken';
export type {
  SessionTokenClaims,
  SessionTokenFailureReason,
  SessionTokenKeys,
  VerifySessionTokenOptions,
  VerifySessionTokenResult,
} from './verifySessionToken';

// The framework-free share of the root entry, for server code (the root entry is a client module
// under React Server Components).
export { hasAccess } from '../core/access';
export type { AccessMap } from '../core/access';
export { SessionError, isSessionError } from '../core/SessionError';
export type { SessionErrorKind } from '../core/SessionError';
export { sessionSchema, sessionStatuses } from '../core/schemas/session';
export type { Session, SessionStatus } from '../core/schemas/session';
export { sessionAnswerSchema } from '../core/schemas/sessionAnswer';
export { decodeJwtClaims, sessionIdFromJwt } from '../core/jwtClaims';
export type { JwtClaims } from '../core/jwtClaims';
export { safeReturnTo, safeUrl } from '../core/urls';
