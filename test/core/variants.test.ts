import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { createMockBackend } from '../../src/mock';

// Every generation of the API, as the mock can speak it, against the real client: the full
// multi-account login, a switch, a lock and a logout must read the same way in each.
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

const backends = combos.map((options, index) =>
  // One origin per variant: MSW keeps one cookie jar per process.
  createMockBackend({ ...options, apiUrl: `https://variant-${index}.test` }),
);
const server = setupServer(...backends.flatMap((backend) => backend.handlers));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe.each(combos.map((options, index) => [JSON.stringify(options), options, index] as const))(
  'API variant %s',
  (_name, options, index) => {
    it(
      'logs in with several accounts, switches, locks and logs out',
      { timeout: 20_000 },
      async () => {
        const client = createSessionClient({
          apiUrl: `https://variant-${index}.test`,
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

        const choices = await client.getAccountChoices();
        const other = choices.accounts.find((account) => account.id !== lastLogin);
        const switched = await client.changeAccount(other?.id ?? '');
        expect(switched.account?.id).toBe(other?.id);
        expect((await client.getSession()).account?.id).toBe(other?.id);

        expect((await client.lockScreen()).status).toBe('locked');
        expect((await client.unlockScreen('password')).status).toBe('authenticated');

        expect((await client.logout()).status).toBe('unauthenticated');
        expect((await client.getSession()).status).toBe('unauthenticated');
      },
    );
  },
);
