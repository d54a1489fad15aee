import { afterEach, beforeEach, expect, vi } from 'vitest';

/** Fails every test of the file in which a request reached the network (`fetch`). */
export function expectNoNetworkInEachTest(): void {
  let networkFetch: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    networkFetch = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    expect(networkFetch).not.toHaveBeenCalled();
    networkFetch.mockRestore();
  });
}
