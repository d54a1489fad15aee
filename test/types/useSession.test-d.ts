import { describe, expectTypeOf, test } from 'vitest';
import {
  isAuthenticated,
  useSession,
  type AuthenticatedSession,
  type Session,
  type SessionAccount,
  type SessionError,
  type SessionState,
  type SessionStatus,
  type SessionUser,
} from '../../src';

describe('useSession overloads', () => {
  test('without a selector: the SessionState union', () => {
    const useWhole = () => useSession();
    expectTypeOf(useWhole).returns.toEqualTypeOf<SessionState>();
  });

  test('with a selector: what it selects, or undefined while loading', () => {
    const useName = () => useSession((session) => session.user?.name);
    expectTypeOf(useName).returns.toEqualTypeOf<string | undefined>();
    const useStatus = () => useSession((session) => session.status);
    expectTypeOf(useStatus).returns.toEqualTypeOf<SessionStatus | undefined>();
  });

  test('the selector receives the session, and only a function is one', () => {
    expectTypeOf(useSession).toBeCallableWith((session: Session) => session.status);
    // @ts-expect-error a selector is a function of the session, not a key
    expectTypeOf(useSession).toBeCallableWith('status');
  });
});

describe('SessionState narrowing', () => {
  test('status picks the session type', () => {
    const state = {} as SessionState;
    expectTypeOf(state.error).toEqualTypeOf<SessionError | null>();
    expectTypeOf(state.refresh).toEqualTypeOf<() => Promise<void>>();
    if (state.status === 'loading') {
      expectTypeOf(state.session).toEqualTypeOf<null>();
    } else if (state.status === 'authenticated') {
      expectTypeOf(state.session).toEqualTypeOf<AuthenticatedSession>();
      expectTypeOf(state.session.user).toEqualTypeOf<SessionUser>();
      expectTypeOf(state.session.account).toEqualTypeOf<SessionAccount>();
    } else {
      expectTypeOf(state.status).toEqualTypeOf<'unauthenticated' | 'select_account' | 'locked'>();
      expectTypeOf(state.session).toEqualTypeOf<Session>();
      expectTypeOf(state.session.user).toEqualTypeOf<SessionUser | null>();
    }
  });

  test('isAuthenticated narrows a session to a signed-in one', () => {
    const session = {} as Session | null;
    if (isAuthenticated(session)) {
      expectTypeOf(session).toEqualTypeOf<AuthenticatedSession>();
      expectTypeOf(session.user).toEqualTypeOf<SessionUser>();
    } else {
      expectTypeOf(session).toEqualTypeOf<Session | null>();
    }
  });
});
