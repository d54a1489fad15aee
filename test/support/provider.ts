import { testQueryClient } from './queryClient';

let providers = 0;

/**
 * The SessionProvider props every test render shares: a fresh QueryClient that does not retry,
 * memory storage under a key of its own, no polling and no refetch on focus.
 */
export function testProviderProps() {
  providers += 1;
  return {
    queryClient: testQueryClient(),
    storage: 'memory' as const,
    storageKey: `test-provider-${providers}`,
    refetchInterval: false as const,
    refetchOnWindowFocus: false,
  };
}
