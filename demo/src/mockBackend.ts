import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from 'react-session-kit/mock';

/**
 * Starts the kit's mock backend in this page: MSW's service worker answers the session API under
 * `apiUrl`. Its server state lives in localStorage, so a reload keeps you signed in and every tab
 * of the demo talks to the same "server". Faults stay in this tab.
 */
export async function startMockBackend(
  apiUrl: string,
  jwtTransport: 'cookie' | 'bearer',
): Promise<MockBackend> {
  const backend = createMockBackend({
    apiUrl,
    // As the demo's client sends it: MSW keeps the mock's cookie; a bearer JWT travels in the body.
    jwtTransport: jwtTransport === 'bearer' ? 'body' : 'cookie',
    storage: window.localStorage,
    storageKey: 'react-session-kit-demo/server',
    latency: [120, 350],
  });
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Vite's own requests, fonts, … go to the network; only the API is mocked.
    onUnhandledRequest: 'bypass',
  });
  return backend;
}
