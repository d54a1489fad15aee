import type { RouteObject } from 'react-router';
import { Home, Layout, LoginPage, Users } from './pages';

/** The app's routes: the browser router of main.tsx, and a memory router in the tests. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/users', element: <Users /> },
    ],
  },
];
