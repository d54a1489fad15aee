import { Link, Outlet } from 'react-router';
import { useSession } from 'react-session-kit';
import { useDemo } from './DemoContext';
import { FaultsPanel } from './FaultsPanel';
import { paths } from './routes';
import { ThemeSwitch } from './ThemeSwitch';
import { UnlockScreen } from './UnlockScreen';
import { UserMenu } from './UserMenu';

/**
 * Every page: the header (with the user menu once signed in), the page (or, while the screen is
 * locked, the unlock form instead), the faults panel.
 */
export function Shell() {
  const { backend } = useDemo();
  const locked = useSession().status === 'locked';
  return (
    <div className="demo">
      <header className="demo-header">
        <Link to={paths.home} className="demo-brand">
          <span aria-hidden="true" className="demo-logo">
            ◆
          </span>
          react-session-kit <span className="demo-brand-tag">demo</span>
        </Link>
        <div className="demo-header-end">
          <UserMenu />
          <ThemeSwitch />
        </div>
      </header>
      <div className="demo-body">
        <main className="demo-main">{locked ? <UnlockScreen /> : <Outlet />}</main>
        {backend ? <FaultsPanel backend={backend} /> : null}
      </div>
    </div>
  );
}
