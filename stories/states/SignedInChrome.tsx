import { AccountSwitcher, AlertBanner, useSession, UserAvatar } from 'react-session-kit';

/** The signed-in components as an app header would hold them: avatar, name, switcher, alerts. */
export function SignedInChrome() {
  const name = useSession((session) => session.user?.name);
  const account = useSession((session) => session.account?.title);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '1rem', maxWidth: '42rem' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' }}>
        <UserAvatar />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <strong>{name}</strong>
          <span>{account}</span>
        </div>
      </div>
      <AccountSwitcher />
      <AlertBanner />
    </div>
  );
}
