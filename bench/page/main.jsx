// The Chromium bench page: a signed-in app on the built package, instrumented for bench/run.mjs.
// URL parameters pick the scenario: `scenario` (app | consumers | renders), `n` (consumers),
// `interval` (refetchInterval ms, 0 = off), `stale` (staleTime ms), `storage` (local | memory).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider, useAccess, useSession } from 'react-session-kit';
import { renderAlerts } from './alerts.jsx';

const params = new URLSearchParams(window.location.search);
const scenario = params.get('scenario') ?? 'app';
const consumers = Number(params.get('n') ?? '1');
const refetchInterval = Number(params.get('interval') ?? '0') || false;
const staleTime = params.has('stale') ? Number(params.get('stale')) : undefined;
const storage = params.get('storage') ?? 'local';

/**
 * What the driver reads: session fetches this tab started and completed, sessions it received from
 * other tabs, commits per consumer.
 */
const bench = {
  started: 0,
  fetched: 0,
  received: 0,
  renders: { access: 0, selector: 0, whole: 0 },
  session: null,
};
bench.renderAlerts = renderAlerts;
window.__bench = bench;

const queryClient = new QueryClient();
queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated') return;
  if (event.action.type === 'fetch') bench.started += 1;
  if (event.action.type !== 'success') return;
  // setQueryData (a session from another tab, or a login answer) is `manual`; a fetch is not.
  if (event.action.manual) bench.received += 1;
  else bench.fetched += 1;
  bench.session = event.query.state.data;
});
bench.refetch = () => queryClient.refetchQueries();
/** A burst of window-focus events, as alt-tabbing back and forth makes. */
bench.focusBurst = async (times, gapMs) => {
  for (let index = 0; index < times; index += 1) {
    window.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
};

function Screen() {
  const { status, session } = useSession();
  const state =
    status === 'loading' ? 'loading' : status === 'authenticated' ? 'signed-in' : 'login';
  return (
    <main data-bench-state={state}>
      {state === 'signed-in' ? <h1>Hello, {session.user.name ?? session.user.username}</h1> : null}
      {state === 'login' ? <button type="button">Sign in</button> : null}
      {state === 'loading' ? <p>Loading…</p> : null}
    </main>
  );
}

function Consumer() {
  const { status } = useSession();
  return <span data-consumer={status} />;
}

function AccessConsumer() {
  const allowed = useAccess('bench-feature:r');
  useEffect(() => {
    bench.renders.access += 1;
  });
  return <span data-access={String(allowed)} />;
}

function SelectorConsumer() {
  const name = useSession((session) => session.user?.username);
  useEffect(() => {
    bench.renders.selector += 1;
  });
  return <span data-name={name} />;
}

function WholeSessionConsumer() {
  const { session } = useSession();
  useEffect(() => {
    bench.renders.whole += 1;
  });
  return <span data-alerts={session?.alerts.length} />;
}

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider
        apiUrl={`${window.location.origin}/api`}
        refetchInterval={refetchInterval}
        staleTime={staleTime}
        storage={storage}
      >
        <Screen />
        {scenario === 'consumers'
          ? Array.from({ length: consumers }, (_, index) => <Consumer key={index} />)
          : null}
        {scenario === 'renders' ? (
          <>
            <AccessConsumer />
            <SelectorConsumer />
            <WholeSessionConsumer />
          </>
        ) : null}
      </SessionProvider>
    </QueryClientProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
