import { AccountSwitcher, useLockScreen, useSession, UserAvatar } from 'react-session-kit';
import { LogOutButton } from './LogOutButton';

/** Avatar, name, account switcher, lock-screen and log-out buttons of the signed-in user; nothing otherwise. */
export function UserMenu() {
  const { status, session } = useSession();
  const { lock } = useLockScreen();
  if (status !== 'authenticated') return null;
  return (
    <div className="demo-user-menu">
      <AccountSwitcher className="demo-switcher" />
      <div className="demo-user">
        <UserAvatar />
        <span className="demo-user-text">
          <span className="demo-user-name">{session.user.name || session.user.username}</span>
          <span className="demo-user-account">{session.account.title}</span>
        </span>
      </div>
      <button
        type="button"
        className="demo-button"
        disabled={lock.isPending}
        onClick={() => lock.mutate()}
      >
        Lock screen
      </button>
      <LogOutButton />
    </div>
  );
}
