import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DemoContext } from './DemoContext';
import { routeTree } from './routeTree';

/**
 * The demo at `path`, in a memory router and without its mock backend: for stories and tests,
 * which supply the session themselves (`react-session-kit/testing`).
 */
export function MemoryDemo({ path }: { path: string }) {
  const [router] = useState(() => createMemoryRouter(routeTree, { initialEntries: [path] }));
  return (
    <DemoContext value={{ backend: null, apiUrl: 'https://api.example.test' }}>
      <RouterProvider router={router} />
    </DemoContext>
  );
}
