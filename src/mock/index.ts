// react-session-kit/mock: a stateful mock of the session API as MSW 2 handlers.
export { createMockBackend } from './createMockBackend';
export { mockApp, mockUsers } from './fixtures';
export { createMockSessions, mockTokenTemplates } from './sessions';
export type { MockSessions, MockSessionsOptions, MockTokenTemplate } from './sessions';
export type { MockSessionActivity, MockSessionRecord } from './sessionsFixtures';

export type { MockBackend, MockBackendState, SessionChange } from './createMockBackend';
export type { ActiveFault, MockFault } from './faults';
export type { MockBackendOptions, MockStorage } from './options';
export type {
  MockAccess,
  MockAccount,
  MockAlert,
  MockApp,
  MockMembership,
  MockProfile,
  MockUser,
} from './types';
