// The demo's route tree (demo/src/App.tsx) in a memory router, as an app's tests would mount
// their own: the shell, the signed-in layout and the pages, at the path a test asks for.
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DemoContext } from '../../demo/src/DemoContext';
import { HomePage } from '../../demo/src/pages/HomePage';
import { LoginPage } from '../../demo/src/pages/LoginPage';
import { ReportsPage } from '../../demo/src/pages/ReportsPage';
import { SessionsPage } from '../../demo/src/pages/SessionsPage';
import { UsersPage } from '../../demo/src/pages/UsersPage';
import { paths } from '../../demo/src/routes';
import { Shell } from '../../demo/src/Shell';
import { SignedInLayout } from '../../demo/src/SignedInLayout';

export function DemoApp({ path }: { path: string }) {
  const [router] = useState(() =>
    createMemoryRouter(
      [
        {
          Component: Shell,
          children: [
            { path: paths.login, Component: LoginPage },
            {
              Component: SignedInLayout,
              children: [
                { index: true, Component: HomePage },
                { path: paths.users, Component: UsersPage },
                { path: paths.reports, Component: ReportsPage },
                { path: paths.sessions, Component: SessionsPage },
              ],
            },
          ],
        },
      ],
      { initialEntries: [path] },
    ),
  );
  return (
    <DemoContext value={{ backend: null, apiUrl: 'https://api.example.test' }}>
      <RouterProvider router={router} />
    </DemoContext>
  );
}
