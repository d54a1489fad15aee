import { QueryClient } from '@tanstack/react-query';

/** A fresh QueryClient that does not retry, so a failed answer shows at once. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}
