import { getOwn } from '../core/records';
import type { AccountChoice } from '../core/schemas/accountChoices';
import type { Session } from '../core/schemas/session';
import { mockUsers } from '../mock/fixtures';
import type { MockUser } from '../mock/types';
import { createTestSession } from './createTestSession';

/** A named session for the "View as" toolbar, `parameters.session` and the test helpers. */
export interface SessionPreset {
  /** What the toolbar calls it. */
  title: string;
  /** The session, or `'loading'`: the session never arrives. */
  session: Session | 'loading';
  /** The user's accounts, for the account switcher. Default: those the session names. */
  accounts?: readonly AccountChoice[];
}

/** What a mock session is given as: a session, a preset, or a preset's name. */
export type MockSessionInput = Session | SessionPreset | string;

const choicesOf = (user: MockUser): AccountChoice[] =>
  user.memberships.map(({ account }) => ({ id: account.id, title: account.title }));

/** A signed-in session of one of `react-session-kit/mock`'s users, in their first account. */
function signedInAs(user: MockUser): SessionPreset['session'] {
  const [membership] = user.memberships;
  return createTestSession({
    user: { ...user.profile, username: user.username },
    account: membership?.account,
    access: membership?.access,
    alerts: membership?.alerts,
  });
}

/**
 * The sessions a designer or a test most often needs, with the people of
 * `react-session-kit/mock` (the same names as in `/mock` flows). Spread it to add your own:
 * `{ ...sessionPresets, billingAdmin: { title: 'Billing admin', session: createTestSession(…) } }`.
 */
export const sessionPresets = {
  signedOut: { title: 'Signed out', session: createTestSession({ status: 'unauthenticated' }) },
  selectAccount: {
    title: 'Choosing an account',
    session: createTestSession({
      status: 'select_account',
      user: { ...mockUsers.multi.profile, username: mockUsers.multi.username },
      accounts: choicesOf(mockUsers.multi),
      lastLogin: mockUsers.multi.lastLoginAccountId,
    }),
    accounts: choicesOf(mockUsers.multi),
  },
  fullAccess: { title: 'Full access', session: signedInAs(mockUsers.single) },
  restricted: { title: 'Restricted user', session: signedInAs(mockUsers.restricted) },
  locked: { title: 'Locked', session: createTestSession({ status: 'locked' }) },
  loading: { title: 'Loading', session: 'loading' },
  sessionEnded: {
    title: 'Session ended',
    session: createTestSession({ status: 'unauthenticated', ended: true }),
  },
} satisfies Record<string, SessionPreset>;

export type SessionPresetName = keyof typeof sessionPresets;

/** The preset `input` stands for; a preset name not in `presets` throws, naming the known ones. */
export function toPreset(
  input: MockSessionInput,
  presets: Readonly<Record<string, SessionPreset>> = sessionPresets,
): SessionPreset {
  if (typeof input !== 'string')
    return 'title' in input ? input : { title: 'Custom', session: input };
  const preset = getOwn(presets, input);
  if (!preset)
    throw new Error(
      `react-session-kit/testing: no session preset "${input}" (known: ${Object.keys(presets).join(', ')})`,
    );
  return preset;
}
