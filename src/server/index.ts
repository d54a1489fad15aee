// react-session-kit/server: for an app's backend. No React, no DOM.
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
