import { describe, expect, it } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { createMockBackend } from '../../src/mock';

// Every generation of the API, as the mock can speak it, against the real client: the full
// multi-account login, a switch, a lock and a logout must read the same way in each. Each variant
// has a backend of its own, answering through `backend.fetch` (no MSW server shared by all).
const envelopes = ['bare', 'data', 'payload'] as const;
const accountLists = ['map', 'pairs', 'objects'] as const;
const legacy = [false, true] as const;
const transports = ['body', 'header', 'cookie'] as const;

const combos = envelopes.flatMap((envelope) =>
  accountLists.flatMap((accountList) =>
    legacy.flatMap((legacySignals) =>
      transports.map((jwtTransport) => ({ envelope, accountList, legacySignals, jwtTransport })),
    ),
  ),
);

describe.each(combos.map((options) => [JSON.stringify(options), options] as const))(
  'API variant %s',
  (_name, options) => {
    it('logs in with several accounts, switches, locks and logs out', async () => {
      const apiUrl = 'https://variant.test';
      const backend = createMockBackend({ ...options, apiUrl });
      const client = createSessionClient({
        apiUrl,
        fetch: backend.fetch,
        jwtTransport: options.jwtTransport === 'cookie' ? 'cookie' : 'bearer',
      });
      expect((await client.getSession()).status).toBe('unauthenticated');

      const choosing = await client.login({ username: 'multi', password: 'password' });
      expect(choosing.status).toBe('select_account');
      expect(choosing.accountChoices?.accounts).toHaveLength(3);
      const lastLogin = choosing.accountChoices?.lastLogin;
      expect(choosing.accountChoices?.accounts.map((account) => account.id)).toContain(lastLogin);
      expect((await client.getLoginAccounts()).lastLogin).toBe(lastLogin);

      const signedIn = await client.selectAccount(lastLogin ?? '');
      expect(signedIn.status).toBe('authenticated');
      expect(signedIn.account?.id).toBe(lastLogin);
      if (options.jwtTransport !== 'cookie')
        expect(signedIn.jwt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      else expect(signedIn.jwt).toBeNull();
      // "This device" in every transport; in cookie mode from the body's JWT, which is not kept.
      expect(signedIn.sessionId).toBe(backend.state.sid);

      const choices = await client.getAccountChoices();
      const other = choices.accounts.find((account) => account.id !== lastLogin);
      const switched = await client.changeAccount(other?.id ?? '');
      expect(switched.account?.id).toBe(other?.id);
      expect(switched.sessionId).toBe(backend.state.sid);
      expect((await client.getSession()).account?.id).toBe(other?.id);

      expect((await client.lockScreen()).status).toBe('locked');
      expect((await client.unlockScreen('password')).status).toBe('authenticated');

      expect((await client.logout()).status).toBe('unauthenticated');
      expect((await client.getSession()).status).toBe('unauthenticated');
    });
  },
);
