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
import type { SessionError } from '../core/SessionError';
import { useAccountChoices } from '../useAccountChoices';
import { useChangeAccount } from '../useChangeAccount';
import { isAuthenticated, useSession } from '../useSession';
import type { AccountChoiceProps } from './AccountChoiceForm';
import { toSessionError } from './internal/errors';
import { byId } from './internal/focus';
import { LiveRegion, visuallyHidden } from './internal/LiveRegion';
import { useComposedRefs } from './internal/refs';
import { useControllableState } from './internal/useControllableState';
import { useSubmitGuard } from './internal/useSubmitGuard';
import { accountSwitcherLabels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart } from './parts';
import { isolate } from './internal/isolate';

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
  const [pending, guard] = useSubmitGuard();
  const [failure, setFailure] = useState<SessionError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLFormElement | null>(null);
  const setRoot = useComposedRefs(ref, root);
  const id = useId();
  const triggerId = `${id}-trigger`;
  const menuId = `${id}-menu`;

  // Open: focus the checked item (once the accounts are there); a press outside closes the menu.
  const accountCount = choices.data?.accounts.length ?? 0;
  useEffect(() => {
    if (!open) return undefined;
    const menu = byId(root.current, menuId);
    (menu?.querySelector<HTMLElement>('[aria-checked=true]') ?? items(menu)[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      // The path, not the target: inside a shadow root the target is the shadow host.
      if (!root.current || !event.composedPath().includes(root.current)) setOpen(false);
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
    setTimeout(() => byId(root.current, triggerId)?.focus(), 0);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const accountId = submitter instanceof HTMLButtonElement ? submitter.value : '';
    close();
    if (accountId === '' || accountId === current?.id) return;
    guard(async () => {
      setChosen(accountId);
      setFailure(null);
      setAnnouncement(labels.switching);
      try {
        const session = await changeAccount.mutateAsync(accountId);
        if (isAuthenticated(session)) {
          setAnnouncement(labels.switchedAccount(session.account.title ?? session.account.id));
          onSuccess?.(session);
        }
      } catch (caught) {
        const error = toSessionError(caught);
        setAnnouncement('');
        setFailure(error);
        onError?.(error);
      }
    });
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLElement>) {
    const all = items(event.currentTarget);
    const at = all.findIndex((item) => item === event.target);
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
      ref={setRoot}
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
        {accounts.map((account) => {
          const checked = account.id === current?.id;
          return (
            <Fragment key={account.id}>
              {renderPart(render, 'button', {
                type: 'submit',
                name: 'account_id',
                value: account.id,
                role: 'menuitemradio',
                'aria-checked': checked,
                tabIndex: -1,
                'data-slot': 'account-switcher-item',
                'data-state': checked ? 'checked' : 'unchecked',
                children: checked ? (
                  isolate(labels.currentAccount, account.title)
                ) : (
                  <bdi>{account.title}</bdi>
                ),
              })}
            </Fragment>
          );
        })}
      </div>
      <LiveRegion role="alert" data-slot="account-switcher-message" error={message}>
        {message ? labels.error(message) : null}
      </LiveRegion>
      {message && accounts.length === 0
        ? renderPart(render, 'button', {
            type: 'button',
            'data-slot': 'account-switcher-retry',
            onClick: () => void choices.refetch(),
            children: labels.retry,
          })
        : null}
      <LiveRegion role="status" data-slot="account-switcher-announcement" style={visuallyHidden}>
        {announcement}
      </LiveRegion>
    </form>
  );
});

const items = (menu: Element | null | undefined) => [
  ...(menu?.querySelectorAll<HTMLElement>('[data-slot=account-switcher-item]') ?? []),
];
