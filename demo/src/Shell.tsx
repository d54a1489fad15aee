import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LockScreen, useSession } from 'react-session-kit';
import { useDemo } from './DemoContext';
import { FaultsPanel } from './FaultsPanel';
import { paths } from './routes';
import { UserMenu } from './UserMenu';

/**
 * Every page: a skip link, the header (one row at any width: the brand, then the user menu —
 * or the theme switch while signed out), the page (or, while the screen is locked, the kit's
 * lock screen instead), the faults panel.
 */
export function Shell() {
  const { backend } = useDemo();
  const locked = useSession().status === 'locked';
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // A new page (after login, logout, lock, unlock) whose old focused control went away: start
  // the keyboard user at the new page's heading rather than at <body> — or at <main> when the
  // heading is visually hidden (the login page's), so the focus ring is never invisible.
  useEffect(() => {
    if (document.activeElement !== document.body) return;
    const heading = document.querySelector<HTMLElement>('main h1:not(.demo-visually-hidden)');
    const start = heading ?? document.querySelector<HTMLElement>('main');
    if (!start) return;
    start.tabIndex = -1;
    start.focus();
  }, [pathname, locked]);
  return (
    <div className="demo">
      <a className="demo-skip" href="#content">
        Skip to content
      </a>
      <header className="demo-header">
        <Link to={paths.home} className="demo-brand">
          <span aria-hidden="true" className="demo-logo">
            ◆
          </span>
          <span className="demo-brand-name">react-session-kit</span>{' '}
          <span className="demo-brand-tag">demo</span>
        </Link>
        <UserMenu />
      </header>
      <div className="demo-body">
        <main id="content" tabIndex={-1} className="demo-main">
          {locked ? <LockScreen onLogout={() => navigate(paths.login)} /> : <Outlet />}
        </main>
        {backend ? <FaultsPanel backend={backend} /> : null}
      </div>
    </div>
  );
}
