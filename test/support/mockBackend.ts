import type { SetupServerApi } from 'msw/node';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock';

/** A fresh mock backend whose handlers take over `server` (in front of the ones it had). */
export function startMockBackend(
  server: Pick<SetupServerApi, 'use'>,
  options: MockBackendOptions,
): MockBackend {
  const backend = createMockBackend(options);
  server.use(...backend.handlers);
  return backend;
}
