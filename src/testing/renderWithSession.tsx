import type { ComponentType, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { Labels } from '../components/labels';
import { MockSessionProvider, RefreshListener } from './MockSessionProvider';
import type { MockSessionInput, SessionPreset } from './presets';
import type { MockSessionHandlers } from './server';

export interface RenderWithSessionOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** A `Session`, a preset or a preset's name. Default `'fullAccess'`. */
  session?: MockSessionInput;
  accounts?: SessionPreset['accounts'];
  handlers?: MockSessionHandlers;
  presets?: Readonly<Record<string, SessionPreset>>;
  labels?: Partial<Labels>;
  /** Default: a new one that retries nothing. */
  queryClient?: QueryClient;
  /** Wraps `ui` inside the session (a router, your own providers). */
  wrapper?: ComponentType<{ children: ReactNode }>;
}

export interface RenderWithSessionResult extends RenderResult {
  queryClient: QueryClient;
  /** The server's session from now on; resolves once the page shows it (a refresh, as live). */
  setSession(session: MockSessionInput): Promise<void>;
}

/**
 * Testing Library's `render`, inside a `MockSessionProvider` and a fresh `QueryClient`.
 *
 * @example
 * const { setSession } = renderWithSession(<Header />, { session: 'restricted' })
 * expect(screen.queryByRole('link', { name: 'Billing' })).toBeNull()
 * await setSession('fullAccess')
 * expect(screen.getByRole('link', { name: 'Billing' })).toBeVisible()
 */
export function renderWithSession(
  ui: ReactNode,
  {
    session,
    accounts,
    handlers,
    presets,
    labels,
    queryClient,
    wrapper: Wrapper,
    ...options
  }: RenderWithSessionOptions = {},
): RenderWithSessionResult {
  const client =
    queryClient ??
    new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  let current = { ui, session };
  let refreshed: Promise<void> = Promise.resolve();
  const listen = (promise: Promise<void>) => {
    refreshed = promise;
  };
  const tree = () => (
    <QueryClientProvider client={client}>
      <RefreshListener.Provider value={listen}>
        <MockSessionProvider
          session={current.session}
          accounts={accounts}
          handlers={handlers}
          presets={presets}
          labels={labels}
        >
          {Wrapper ? <Wrapper>{current.ui}</Wrapper> : current.ui}
        </MockSessionProvider>
      </RefreshListener.Provider>
    </QueryClientProvider>
  );
  const result = render(tree(), options);
  return {
    ...result,
    queryClient: client,
    rerender(next: ReactNode) {
      current = { ...current, ui: next };
      result.rerender(tree());
    },
    async setSession(next) {
      act(() => {
        current = { ...current, session: next };
        result.rerender(tree());
      });
      await act(async () => {
        await refreshed;
        // TanStack Query tells its observers on the next macrotask.
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
  };
}
