import type { RouteObject } from 'react-router';
import { Shell } from './Shell';
import { SignedInLayout } from './SignedInLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PaymentMethodsPage } from './pages/PaymentMethodsPage';
import { ReportsPage } from './pages/ReportsPage';
import { SessionsPage } from './pages/SessionsPage';
import { UsersPage } from './pages/UsersPage';
import { paths } from './routes';

/** Every page of the demo: the app's browser router, and the stories' and tests' memory ones. */
export const routeTree: RouteObject[] = [
  {
    Component: Shell,
    children: [
      { path: paths.login, Component: LoginPage },
      {
        Component: SignedInLayout,
        children: [
          { index: true, Component: HomePage },
          { path: paths.users, Component: UsersPage },
          { path: paths.paymentMethods, Component: PaymentMethodsPage },
          { path: paths.reports, Component: ReportsPage },
          { path: paths.sessions, Component: SessionsPage },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
