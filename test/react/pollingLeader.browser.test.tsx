import { QueryClient } from '@tanstack/react-query';
import { render } from 'vitest-browser-react';
import { expect, it } from 'vitest';
import { createSessionClient, SessionProvider, useSession } from '../../src';
import { apiUrl, signedInBody } from '../fixtures/wire';

function Status() {
  return <p>{useSession().status}</p>;
}

/** Two providers on one page share Web Locks and BroadcastChannel exactly as two tabs do. */
async function renderTab(count: () => void, refetchInterval: number | false) {
  const client = createSessionClient({
    apiUrl,
    fetch: async () => {
      count();
      return Response.json(signedInBody);
    },
  });
  return await render(
    <SessionProvider
      client={client}
      queryClient={new QueryClient()}
      storage="memory"
      refetchInterval={refetchInterval}
      staleTime={0}
    >
      <Status />
    </SessionProvider>,
  );
}

it('one tab per browser polls: four tabs make one request per period', async () => {
  let requests = 0;
  const tabs = [];
  for (let tab = 0; tab < 4; tab++) tabs.push(await renderTab(() => (requests += 1), 400));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const afterMount = requests; // each tab revalidates once on mount
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  const periods = 5;
  expect(requests - afterMount).toBeGreaterThanOrEqual(periods - 1);
  expect(requests - afterMount).toBeLessThanOrEqual(periods + 1);
  for (const tab of tabs) await tab.unmount();
});

it('when the polling tab closes, another takes over', async () => {
  let requests = 0;
  const first = await renderTab(() => (requests += 1), 300);
  const second = await renderTab(() => (requests += 1), 300);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await second.unmount(); // the leader: the last to become visible took the lock over
  const before = requests;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(requests - before).toBeGreaterThanOrEqual(2);
  await first.unmount();
});
