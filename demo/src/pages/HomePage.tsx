import { Link } from 'react-router';
import { useSession, UserAvatar } from 'react-session-kit';
import { paths } from '../routes';

/** The overview: who is signed in, to which account, with which access. */
export function HomePage() {
  const { status, session, isFetching, error } = useSession();
  if (status !== 'authenticated') return null;
  const { user, account, access } = session;
  const grants = Object.entries(access).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="demo-grid">
      <section className="demo-card demo-welcome" aria-labelledby="welcome-title">
        <UserAvatar alt={user.name ?? ''} className="demo-avatar-large" />
        <div>
          <h1 id="welcome-title">Hello, {user.name || user.username}</h1>
          <p className="demo-muted">
            Signed in to <strong>{account.title}</strong> as <code>{user.username}</code>
            {isFetching ? ' · refreshing…' : ''}
          </p>
          {error ? (
            <p className="demo-warning" role="status">
              The session could not be refreshed: {error.message} You stay signed in as before.
            </p>
          ) : null}
        </div>
      </section>

      <section className="demo-card" aria-labelledby="access-title">
        <h2 id="access-title">Access in this account</h2>
        {grants.length === 0 ? (
          <p className="demo-muted">No access granted.</p>
        ) : (
          <table className="demo-table">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">Granted</th>
              </tr>
            </thead>
            <tbody>
              {grants.map(([feature, letters]) => (
                <tr key={feature}>
                  <td>
                    <code>{feature}</code>
                  </td>
                  <td>
                    <code>{letters}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="demo-card" aria-labelledby="try-title">
        <h2 id="try-title">Things to try</h2>
        <ul className="demo-list">
          <li>
            Open <Link to={paths.users}>Users</Link>: <code>RequireAccess</code> lets only accounts
            with <code>account-users:r</code> in.
          </li>
          <li>Switch account in the header: access, alerts and the pages you may open follow.</li>
          <li>Flip a server fault in the panel and watch the kit keep the last good session.</li>
          <li>Open the demo in a second tab, then log out in one: the other follows.</li>
        </ul>
      </section>
    </div>
  );
}
