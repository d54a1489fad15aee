import { useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { LoginFlow, RequireAccess, safeReturnTo } from 'react-session-kit';
import { mockUsers } from 'react-session-kit/mock';
import { useDemo } from '../DemoContext';
import { Loading } from '../Loading';
import { paths } from '../routes';

const demoUsers = [
  {
    user: mockUsers.single,
    about: 'One account (Acme Corp), full access, two alerts. Logs straight in.',
  },
  {
    user: mockUsers.multi,
    about:
      'Three accounts with different access; chooses one after the password (last used: Globex).',
  },
  {
    user: mockUsers.restricted,
    about: 'One account with reports only: Users and Payment methods are denied.',
  },
];

/**
 * The login page. A signed-in visitor is sent on at once; after logging in the user goes back to
 * `returnTo`, but only when `safeReturnTo` accepts it (a same-origin path), else to the overview.
 */
export function LoginPage() {
  const { backend } = useDemo();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo')) ?? paths.home;
  const [skipChoice, setSkipChoice] = useState(false);
  const [username, setUsername] = useState('');
  const skipId = useId();
  const goOn = () => void navigate(returnTo, { replace: true });

  return (
    <RequireAccess
      when="signed-out"
      redirectTo={returnTo}
      navigate={(to) => navigate(to, { replace: true })}
      loading={<Loading />}
    >
      <div className="demo-login">
        <section className="demo-login-main" aria-labelledby="login-title">
          <h1 id="login-title" className="demo-visually-hidden">
            Log in to the demo
          </h1>
          {returnTo !== paths.home ? (
            <p className="demo-muted">
              You will go back to <code>{returnTo}</code> afterwards.
            </p>
          ) : null}
          <LoginFlow
            key={username}
            defaultUsername={username}
            autoSelectAccount={skipChoice}
            onAuthenticated={goOn}
          />
          <div className="demo-toggle">
            <input
              id={skipId}
              type="checkbox"
              checked={skipChoice}
              onChange={(event) => setSkipChoice(event.target.checked)}
            />
            <label htmlFor={skipId}>
              Skip the account choice{' '}
              <span className="demo-muted">
                (<code>autoSelectAccount</code>: multi-account users go straight to their last
                account)
              </span>
            </label>
          </div>
        </section>

        {backend ? (
          <details className="demo-card demo-users">
            <summary>Demo users</summary>
            <p className="demo-muted">
              Every password is <code>password</code>.
            </p>
            <ul className="demo-user-list">
              {demoUsers.map(({ user, about }) => (
                <li key={user.username}>
                  <div>
                    <code className="demo-username">{user.username}</code>{' '}
                    <span>{user.profile.name}</span>
                    <p className="demo-muted">{about}</p>
                  </div>
                  <button
                    type="button"
                    data-rsk-button="secondary"
                    aria-label={`Fill in ${user.username}`}
                    onClick={() => setUsername(user.username)}
                  >
                    Fill in
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </RequireAccess>
  );
}
