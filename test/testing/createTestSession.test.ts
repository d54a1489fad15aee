import { describe, expect, it } from 'vitest';
import { hasAccess, sessionAnswerSchema, sessionSchema } from '../../src';
import { createTestSession, sessionPresets } from '../../src/testing';
import { sessionBody } from '../../src/testing/wire';

describe('createTestSession', () => {
  it('is a valid signed-in session with full access by default', () => {
    const session = createTestSession();
    expect(sessionSchema.parse(session)).toEqual(session);
    expect(session).toMatchObject({
      status: 'authenticated',
      user: { name: 'Sam Single', username: 'single' },
      account: { title: 'Acme Corp' },
      alerts: [],
      jwt: null,
      sessionId: 'sess_this_device',
    });
    expect(hasAccess(session.access, 'account-users:d')).toBe(true);
  });

  it('merges user and account, replaces access, fills in alerts', () => {
    const session = createTestSession({
      user: { name: 'Ada' },
      account: { title: 'Analytical Engines' },
      access: { reports: 'r' },
      alerts: [{ title: 'Card expired', priority: 1 }],
    });
    expect(session.user).toMatchObject({ name: 'Ada', username: 'single' });
    expect(session.account?.title).toBe('Analytical Engines');
    expect({ ...session.access }).toEqual({ reports: 'r' });
    expect(session.alerts).toEqual([
      expect.objectContaining({ id: 'alert-1', title: 'Card expired', text: '', priority: 1 }),
    ]);
  });

  it('gives each status what the server sends with it', () => {
    const choosing = createTestSession({
      status: 'select_account',
      accounts: [
        { id: 'acc_1', title: 'Acme' },
        { id: 'acc_2', title: 'Globex' },
      ],
    });
    expect(choosing).toMatchObject({ account: null, alerts: [] });
    expect(choosing.accountChoices).toEqual({
      accounts: [
        { id: 'acc_1', title: 'Acme' },
        { id: 'acc_2', title: 'Globex' },
      ],
      lastLogin: 'acc_1',
    });
    const locked = createTestSession({ status: 'locked' });
    expect(locked).toMatchObject({
      user: { screen_locked: true },
      account: { title: 'Acme Corp' },
    });
    expect(Object.keys(locked.access)).toEqual([]);
    const ended = createTestSession({ status: 'unauthenticated', ended: true });
    expect(ended).toMatchObject({ user: null, account: null, sessionId: null, ended: true });
  });

  it('refuses what the schema refuses', () => {
    expect(() => createTestSession({ user: { id: 42 as unknown as string } })).toThrow();
  });
});

describe('the in-memory server', () => {
  // The oracle is the kit's own wire schema: what the mock sends reads back as the same session.
  it.each(Object.entries(sessionPresets))('sends %s as the session it is', (_name, preset) => {
    if (preset.session === 'loading') return;
    const { jwt: _jwt, ended: _ended, ...rest } = preset.session;
    expect(sessionAnswerSchema.parse(sessionBody(preset.session))).toMatchObject(rest);
  });
});
