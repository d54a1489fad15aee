import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // create-next-app's default: reading the request (cookies, headers) needs a <Suspense> boundary.
  cacheComponents: true,
  partialPrefetching: true,
  // The example lives inside the kit's repository: keep Turbopack's root here.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
