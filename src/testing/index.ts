// react-session-kit/testing: app teams test and show their pages under any session, with no
// network and no MSW. Everything runs through the real SessionProvider on an in-memory server.
export { createTestSession } from './createTestSession';
export type { TestSessionOverrides, TestAlert } from './createTestSession';
export { sessionPresets } from './presets';
export type { SessionPreset, SessionPresetName, MockSessionInput } from './presets';
export { MockSessionProvider } from './MockSessionProvider';
export type { MockSessionProviderProps } from './MockSessionProvider';
export type { MockSessionHandlers } from './server';
export { withSession, sessionGlobalTypes, createSessionStorybook } from './storybook';
export type { SessionDecorator, SessionGlobalType, SessionStoryContext } from './storybook';
export { renderWithSession } from './renderWithSession';
export type { RenderWithSessionOptions, RenderWithSessionResult } from './renderWithSession';
