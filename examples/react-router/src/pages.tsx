import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  AlertBanner,
  LoginFlow,
  RequireAccess,
  safeReturnTo,
  UserAvatar,
  useLogout,
  useSession,
} from 'react-session-kit';
import { ActiveSessions } from 'react-session-kit/sessions';

/** The README's login page. */
export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo')) ?? '/';
  return (
    <main>
      <RequireAccess when="signed-out" redirectTo={returnTo} navigate={navigate}>
        <LoginFlow />
      </RequireAccess>
    </main>
  );
}

/** Signed-in pages: signed-out visitors go to /login and come back after it. */
export function Layout() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <RequireAccess
      redirectTo="/login"
      returnTo={location.pathname + location.search}
      navigate={navigate}
      loading={<p role="status">Loading…</p>}
    >
      <Header />
      <Outlet />
    </RequireAccess>
  );
}

function Header() {
  const { status, session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  if (status !== 'authenticated') return null;
  return (
    <header>
      <UserAvatar /> <span data-testid="user">{session.user.name}</span> of{' '}
      <span data-testid="account">{session.account.title}</span>{' '}
      <nav>
        <Link to="/">Home</Link> <Link to="/users">Users</Link>
      </nav>
      <button
        type="button"
        onClick={() => logout.mutate(undefined, { onSuccess: () => navigate('/login') })}
      >
        Log out
      </button>
    </header>
  );
}

export function Home() {
  return (
    <main>
      <h1>Home</h1>
      <AlertBanner render={{ link: ({ href, ...props }) => <Link to={href} {...props} /> }} />
    </main>
  );
}

export function Users() {
  return (
    <main>
      <h1>Users</h1>
      <RequireAccess
        access="account-users:r"
        fallback={<p>You cannot see the users of this account.</p>}
      >
        <p data-testid="users-allowed">You may manage the users of this account.</p>
        <ActiveSessions />
      </RequireAccess>
    </main>
  );
}
