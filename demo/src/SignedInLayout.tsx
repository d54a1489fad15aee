import type { ComponentPropsWithRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { AlertBanner, RequireAccess, useAccess } from 'react-session-kit';
import { Loading } from './Loading';
import { paths } from './routes';

/**
 * The signed-in part of the demo. A signed-out visitor is sent to the login page with the path
 * they asked for as `returnTo`, which the login page checks with `safeReturnTo` before using.
 */
export function SignedInLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <RequireAccess
      redirectTo={paths.login}
      returnTo={`${location.pathname}${location.search}`}
      navigate={(to) => navigate(to, { replace: true })}
      loading={<Loading />}
    >
      <Navigation />
      <AlertBanner className="demo-alerts" render={{ link: RouterLink }} />
      <Outlet />
    </RequireAccess>
  );
}

/** Alert links: same-origin paths through the router, anything else as a plain link. */
function RouterLink({ href, ...props }: ComponentPropsWithRef<'a'> & { href: string }) {
  return href.startsWith('/') ? <Link to={href} {...props} /> : <a href={href} {...props} />;
}

function Navigation() {
  const links = [
    { to: paths.home, label: 'Overview', access: '*' },
    { to: paths.users, label: 'Users', access: 'account-users:r' },
    { to: paths.paymentMethods, label: 'Payment methods', access: 'account-payment-methods:r' },
    { to: paths.reports, label: 'Reports', access: 'reports:r' },
    { to: paths.sessions, label: 'Active sessions', access: '*' },
  ];
  return (
    <nav aria-label="Demo pages" className="demo-nav">
      <ul>
        {links.map((link) => (
          <NavItem key={link.to} {...link} />
        ))}
      </ul>
    </nav>
  );
}

function NavItem({ to, label, access }: { to: string; label: string; access: string }) {
  const allowed = useAccess(access);
  return (
    <li>
      <NavLink to={to} end className="demo-nav-link" data-allowed={allowed}>
        {label}
        {allowed ? null : <span className="demo-nav-lock"> (no access)</span>}
      </NavLink>
    </li>
  );
}
