import { useEffect, useId, useRef, useState } from 'react';
import { AccountSwitcher, useLockScreen, useSession, UserAvatar } from 'react-session-kit';
import { LogOutButton } from './LogOutButton';
import { ThemeSwitch } from './ThemeSwitch';

/**
 * The signed-in user's corner of the header: the kit's account switcher, then a disclosure
 * button (avatar, name, account) opening the rest — theme, lock screen, log out. Escape or a
 * click elsewhere closes it. Signed out: the theme switch alone.
 */
export function UserMenu() {
  const { status, session } = useSession();
  const { lock } = useLockScreen();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  if (status !== 'authenticated') return <ThemeSwitch />;
  const name = session.user.name || session.user.username;
  return (
    <div className="demo-user-menu">
      <AccountSwitcher className="demo-switcher" />
      <div
        ref={root}
        className="demo-menu"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation();
          setOpen(false);
          trigger.current?.focus();
        }}
      >
        <button
          ref={trigger}
          type="button"
          className="demo-menu-trigger"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <UserAvatar />
          <span className="demo-user-text">
            <span className="demo-user-name">{name}</span>
            <span className="demo-user-account">{session.account.title}</span>
          </span>
        </button>
        <div id={panelId} className="demo-menu-panel" hidden={!open}>
          <p className="demo-menu-who">
            {name} · {session.account.title}
          </p>
          <ThemeSwitch />
          <button
            type="button"
            data-rsk-button="secondary"
            disabled={lock.isPending}
            onClick={() => {
              setOpen(false); // the menu is not left open behind the lock screen
              lock.mutate();
            }}
          >
            Lock screen
          </button>
          <LogOutButton />
        </div>
      </div>
    </div>
  );
}
