import {
  forwardRef,
  Fragment,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ForwardedRef,
  type KeyboardEvent,
} from 'react';
import { isSessionError, SessionError } from '../core/SessionError';
import { useAccountChoices } from '../useAccountChoices';
import { useChangeAccount } from '../useChangeAccount';
import { isAuthenticated, useSession } from '../useSession';
import { visuallyHidden } from './a11y';
import type { AccountChoiceProps } from './AccountChoiceForm';
import { errorTone } from './errorTone';
import { accountSwitcherLabels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart } from './parts';
import { useControllableState } from './useControllableState';

export type AccountSwitcherProps = AccountChoiceProps;

/**
 * Switches a signed-in user to another of their accounts (`POST /user/change-account`): a menu
 * button (WAI-ARIA pattern) showing the current account, whose menu lists every account (the
 * current one checked); picking one switches at once. Arrow keys, Home and End move in the menu,
 * Escape closes it and focus returns to the button. The new session replaces the old one
 * everywhere, queries scoped to the old account are dropped, and the switch is announced (hidden
 * on screen). Renders nothing while signed out or when the user has a single account.
 *
 * @example
 * <AccountSwitcher onSuccess={(session) => toast(`Now in ${session.account.title}`)} />
 */
export const AccountSwitcher = /* @__PURE__ */ forwardRef(function AccountSwitcher(
  {
    labels: labelOverrides,
    value,
    defaultValue,
    onValueChange,
    onSuccess,
    onError,
    render,
    className,
    ...props
  }: AccountSwitcherProps,
  ref: ForwardedRef<HTMLFormElement>,
) {
  const labels = useLabels(accountSwitcherLabels, labelOverrides);
  const current = useSession((session) =>
    session.status === 'authenticated' ? session.account : undefined,
  );
  const choices = useAccountChoices();
  const changeAccount = useChangeAccount();
  const [, setChosen] = useControllableState(value, defaultValue, onValueChange);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<SessionError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inFlight = useRef(false);
  const id = useId();
  const triggerId = `${id}-trigger`;
  const menuId = `${id}-menu`;

  // Open: focus the checked item (once the accounts are there); a press outside closes the menu.
  const accountCount = choices.data?.accounts.length ?? 0;
  useEffect(() => {
    if (!open) return undefined;
    const menu = document.getElementById(menuId);
    (menu?.querySelector<HTMLElement>('[aria-checked=true]') ?? items(menu)[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const form = menu?.closest('form');
      if (!(event.target instanceof Node) || !form?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, menuId, accountCount]);

  if (current === undefined) return null;
  if (choices.isSuccess && choices.data.accounts.length < 2) return null;

  const accounts = choices.data?.accounts ?? [];
  const currentTitle = current?.title ?? '';
  const close = () => {
    setOpen(false);
    setTimeout(() => document.getElementById(triggerId)?.focus(), 0);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const accountId = submitter instanceof HTMLButtonElement ? submitter.value : '';
    close();
    if (inFlight.current || accountId === '' || accountId === current?.id) return;
    inFlight.current = true;
    setChosen(accountId);
    setPending(true);
    setFailure(null);
    setAnnouncement(labels.switching);
    try {
      const session = await changeAccount.mutateAsync(accountId);
      if (isAuthenticated(session)) {
        setAnnouncement(labels.switchedAccount(session.account.title ?? session.account.id));
        onSuccess?.(session);
      }
    } catch (caught) {
      const error = isSessionError(caught) ? caught : new SessionError({ kind: 'http' });
      setAnnouncement('');
      setFailure(error);
      onError?.(error);
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLElement>) {
    const all = items(event.currentTarget);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next: Record<string, number> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key in next) {
      event.preventDefault();
      all[next[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  }

  const message = failure ?? (accounts.length === 0 ? choices.error : null);
  const state = pending ? 'pending' : failure ? 'error' : open ? 'open' : 'idle';
  return (
    <form
      aria-label={labels.switchAccount}
      {...props}
      ref={ref}
      method="post"
      noValidate
      aria-busy={pending || undefined}
      data-slot="account-switcher"
      data-state={state}
      className={className}
      onSubmit={onSubmit}
    >
      {renderPart(render, 'button', {
        type: 'button',
        id: triggerId,
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': menuId,
        'aria-busy': pending || undefined,
        'data-slot': 'account-switcher-trigger',
        'data-state': pending ? 'pending' : open ? 'open' : 'closed',
        onClick: () => (open ? close() : setOpen(true)),
        onKeyDown: (event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(true);
        },
        children: (
          <>
            <span aria-hidden="true" data-slot="account-switcher-initial">
              {currentTitle.charAt(0).toUpperCase()}
            </span>
            <span style={visuallyHidden}>{labels.account}:</span>{' '}
            <bdi data-slot="account-switcher-current">{currentTitle}</bdi>
          </>
        ),
      })}
      <div
        role="menu"
        id={menuId}
        aria-label={labels.switchAccount}
        hidden={!open}
        data-slot="account-switcher-menu"
        onKeyDown={onMenuKeyDown}
      >
        {choices.isPending ? (
          <p role="status" data-slot="account-switcher-status">
            {labels.loadingAccounts}
          </p>
        ) : null}
        {accounts.map((account) => (
          <Fragment key={account.id}>
            {renderPart(render, 'button', {
              type: 'submit',
              name: 'account_id',
              value: account.id,
              role: 'menuitemradio',
              'aria-checked': account.id === current?.id,
              tabIndex: -1,
              'data-slot': 'account-switcher-item',
              'data-state': account.id === current?.id ? 'checked' : 'unchecked',
              children: (
                <bdi>
                  {account.id === current?.id
                    ? labels.currentAccount(account.title)
                    : account.title}
                </bdi>
              ),
            })}
          </Fragment>
        ))}
      </div>
      <div
        role="alert"
        data-slot="account-switcher-message"
        data-kind={message?.kind}
        data-tone={message ? errorTone(message) : undefined}
      >
        {message ? labels.error(message) : null}
      </div>
      {message && accounts.length === 0
        ? renderPart(render, 'button', {
            type: 'button',
            'data-slot': 'account-switcher-retry',
            onClick: () => void choices.refetch(),
            children: labels.retry,
          })
        : null}
      <div role="status" data-slot="account-switcher-announcement" style={visuallyHidden}>
        {announcement}
      </div>
    </form>
  );
});

const items = (menu: Element | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[data-slot=account-switcher-item]') ?? []),
];
