import {
  forwardRef,
  type ForwardedRef,
  useId,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
} from 'react';
import { useMutationState, type Mutation } from '@tanstack/react-query';
import { isSessionError, SessionError } from '../core/SessionError';
import { browserLabel, formatRelativeTime, locationLabel } from '../sessions/format';
import { isKnownSessionStatus, type SessionRecord } from '../sessions/schemas';
import { useSessionContext } from '../SessionContext';
import { useCurrentSessionId } from '../sessions/useCurrentSessionId';
import { useDeviceSessions } from '../sessions/useDeviceSessions';
import { createDeviceSessionKeys } from '../sessions/keys';
import { useRevokeSession, type RevokeSessionResult } from '../sessions/useRevokeSession';
import { activeSessionsLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { errorTone } from './errorTone';
import { renderPart, type RenderParts } from './parts';
import { useNow } from './useNow';

export interface ActiveSessionsProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'onError'
> {
  /**
   * This device's session id. Default: the `sid` of the session JWT; pass it when the JWT is an
   * HttpOnly cookie, or no row is marked "This device" and "Sign out of all other sessions" hides.
   */
  currentSessionId?: string | null;
  /** `'active'` (default): active and pending sessions, and those signed out here. `'all'`: every status. */
  show?: 'active' | 'all';
  /** Sessions fetched at a time (1–500); "Show more" fetches as many again. Default 50. */
  pageSize?: number;
  /** Locale of relative times and country names. Default: the user's. */
  locale?: string;
  /** The time "last active" counts from (stories, tests). Default: now, refreshed every 30 s. */
  now?: number;
  /** Level of the heading. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called after each session is signed out. */
  onRevoke?: (result: RevokeSessionResult) => void;
  /** Called with every failed sign-out, after the component shows it. */
  onError?: (error: SessionError) => void;
  /** Text for this instance, over the provider's `labels` (see `Labels`). */
  labels?: Partial<Labels>;
  /** Replace parts: `button`. */
  render?: RenderParts<'button'>;
}

const revocableStatuses = new Set(['active', 'pending']);
const allOthers = Symbol('all other sessions');

/**
 * The signed-in user's sessions (`useDeviceSessions`): device and browser, location, IP address, last
 * activity as a relative time in the user's locale, a status badge, and "This device" on the
 * current one, which cannot be signed out from here (log out instead). Every other active session
 * has a "Sign out" button with a confirmation step, and "Sign out of all other sessions" ends them
 * all. Signing out is optimistic (`useRevokeSession`) and announced; failures show in an alert.
 * Escape cancels a confirmation; focus moves to the next session after a sign-out.
 *
 * Parts carry `data-slot` (`active-sessions`, `-title`, `-list`, `-item`, `-device`, `-current`,
 * `-status`, `-details`, `-revoke`, `-confirm`, `-revoke-others`, `-announcement`, `-message`, …)
 * and state in `data-state` (the section: `loading | error | empty | ready`; an item: its status
 * or `pending`; a status badge: the status).
 *
 * @example
 * <ActiveSessions onRevoke={({ signedOut }) => signedOut && navigate('/login')} />
 */
export const ActiveSessions = /* @__PURE__ */ forwardRef(function ActiveSessions(
  {
    currentSessionId: currentProp,
    show = 'active',
    pageSize = 50,
    locale,
    now: nowProp,
    headingLevel = 2,
    onRevoke,
    onError,
    labels: overrides,
    render,
    className,
    ...props
  }: ActiveSessionsProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const labels = useLabels(activeSessionsLabels, overrides);
  const { keys: sessionKeys, queryClient } = useSessionContext('ActiveSessions');
  const keys = createDeviceSessionKeys(sessionKeys);
  const jwtSessionId = useCurrentSessionId();
  const currentId = currentProp ?? jwtSessionId;
  const [limit, setLimit] = useState(pageSize);
  const sessions = useDeviceSessions({ limit });
  const revoke = useRevokeSession({ currentSessionId: currentId });
  const variables = (mutation: Mutation<unknown, unknown, unknown>) => mutation.state.variables;
  // Sessions being signed out now, and every session signed out from this cache (kept visible).
  const pendingIds = new Set(
    useMutationState(
      { filters: { mutationKey: keys.revoke, status: 'pending' }, select: variables },
      queryClient,
    ).filter(isString),
  );
  const touchedIds = new Set(
    useMutationState(
      { filters: { mutationKey: keys.revoke }, select: variables },
      queryClient,
    ).filter(isString),
  );
  const now = useNow(nowProp);
  const [confirming, setConfirming] = useState<string | typeof allOthers | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const id = useId();
  const titleId = `${id}-title`;
  const revokeButtonId = (sessionId: string) => `${id}-revoke-${sessionId}`;

  const records = sessions.data?.data ?? [];
  const visible = records
    .filter(
      (record) =>
        show === 'all' ||
        revocableStatuses.has(record.status) ||
        touchedIds.has(record.id) ||
        record.id === currentId,
    )
    .sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  const isRevocable = (record: SessionRecord) =>
    record.id !== currentId && revocableStatuses.has(record.status) && !pendingIds.has(record.id);
  const others = currentId ? visible.filter(isRevocable) : [];
  const remaining = Math.max(0, (sessions.data?.totalCount ?? 0) - records.length);
  const describe = (record: SessionRecord) =>
    labels.sessionDevice(
      browserLabel(record.latestActivity),
      record.latestActivity?.deviceType ?? null,
    );
  const asError = (error: unknown) =>
    isSessionError(error) ? error : new SessionError({ kind: 'http' });
  const message = (error: unknown) => labels.error(asError(error));

  function focusAfter(record: SessionRecord) {
    const order = visible.filter(isRevocable).map((candidate) => candidate.id);
    const index = order.indexOf(record.id);
    const next = order[index + 1] ?? order[index - 1];
    const target = next ? document.getElementById(revokeButtonId(next)) : null;
    (target ?? document.getElementById(titleId))?.focus();
  }

  function cancel(sessionId: string | null) {
    setConfirming(null);
    requestAnimationFrame(() => {
      const target = sessionId ? revokeButtonId(sessionId) : `${id}-revoke-others`;
      document.getElementById(target)?.focus();
    });
  }

  async function revokeOne(record: SessionRecord) {
    const device = describe(record);
    setConfirming(null);
    setFailure('');
    focusAfter(record);
    try {
      const result = await revoke.mutateAsync(record.id);
      setAnnouncement(labels.revoked(device));
      onRevoke?.(result);
    } catch (error) {
      setFailure(labels.revokeFailed(device, message(error)));
      if (isSessionError(error)) onError?.(error);
    }
  }

  async function revokeOthers(targets: SessionRecord[]) {
    setConfirming(null);
    setFailure('');
    document.getElementById(titleId)?.focus();
    const results = await Promise.allSettled(
      targets.map((record) => revoke.mutateAsync(record.id)),
    );
    const failed = results.filter((result) => result.status === 'rejected');
    const done = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    if (done.length > 0) setAnnouncement(labels.revokedOthers(done.length));
    for (const result of done) onRevoke?.(result);
    const firstError: unknown = failed[0]?.reason;
    if (firstError !== undefined) {
      setFailure(labels.revokeOthersFailed(failed.length, message(firstError)));
      for (const result of failed) if (isSessionError(result.reason)) onError?.(result.reason);
    }
  }

  const onConfirmKeyDown = (event: KeyboardEvent<HTMLElement>, sessionId: string | null) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    cancel(sessionId);
  };

  const button = (props: Parameters<typeof renderPart<'button'>>[2]) =>
    renderPart(render, 'button', { type: 'button', ...props });

  function confirmation(
    questionId: string,
    question: string,
    onConfirm: () => void,
    sessionId: string | null,
  ) {
    return (
      <div
        role="group"
        aria-labelledby={questionId}
        data-slot="active-sessions-confirm"
        onKeyDown={(event) => onConfirmKeyDown(event, sessionId)}
      >
        <p id={questionId} data-slot="active-sessions-confirm-question">
          {question}
        </p>
        {button({
          onClick: onConfirm,
          'data-slot': 'active-sessions-confirm-button',
          children: labels.confirmRevokeButton,
        })}
        {button({
          // The safe choice first: Enter twice must not sign a device out.
          autoFocus: true,
          onClick: () => cancel(sessionId),
          'data-slot': 'active-sessions-cancel',
          children: labels.cancel,
        })}
      </div>
    );
  }

  const state = sessions.isPending
    ? 'loading'
    : sessions.isError && !sessions.data
      ? 'error'
      : visible.length === 0
        ? 'empty'
        : 'ready';
  const Heading = `h${headingLevel}` as const;

  return (
    <section
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      {...props}
      ref={ref}
      data-slot="active-sessions"
      data-state={state}
      className={className}
    >
      <Heading id={titleId} tabIndex={-1} data-slot="active-sessions-title">
        {labels.activeSessions}
      </Heading>

      {state === 'loading' ? (
        <p role="status" data-slot="active-sessions-loading">
          {labels.loadingSessions}
        </p>
      ) : null}
      {state === 'empty' ? <p data-slot="active-sessions-empty">{labels.noSessions}</p> : null}
      {state === 'error' ? (
        <div data-slot="active-sessions-error" data-tone={errorTone(asError(sessions.error))}>
          <p role="alert">{message(sessions.error)}</p>
          {button({
            onClick: () => void sessions.refetch(),
            'data-slot': 'active-sessions-retry',
            children: labels.retry,
          })}
        </div>
      ) : null}

      {visible.length > 0 ? (
        <ul data-slot="active-sessions-list">
          {visible.map((record) => {
            const device = describe(record);
            const isCurrent = record.id === currentId;
            const pending = pendingIds.has(record.id);
            const activity = record.latestActivity;
            const rowId = `${id}-session-${record.id}`;
            return (
              <li
                key={record.id}
                aria-labelledby={`${rowId}-device`}
                aria-busy={pending || undefined}
                data-slot="active-sessions-item"
                data-state={pending ? 'pending' : record.status}
                data-current={isCurrent || undefined}
              >
                <p id={`${rowId}-device`} data-slot="active-sessions-device">
                  {device}
                  {activity?.isMobile ? (
                    <span data-slot="active-sessions-mobile"> ({labels.mobile})</span>
                  ) : null}
                </p>
                {isCurrent ? (
                  <span data-slot="active-sessions-current">{labels.thisDevice}</span>
                ) : null}
                <span data-slot="active-sessions-status" data-state={record.status}>
                  {isKnownSessionStatus(record.status)
                    ? labels.sessionStatus[record.status]
                    : labels.unknownSessionStatus(record.status)}
                </span>
                <dl data-slot="active-sessions-details">
                  <div>
                    <dt>{labels.location}</dt>
                    <dd>{locationLabel(activity, locale) ?? labels.unknownLocation}</dd>
                  </div>
                  {activity?.ipAddress ? (
                    <div>
                      <dt>{labels.ipAddress}</dt>
                      <dd>{activity.ipAddress}</dd>
                    </div>
                  ) : null}
                  {record.lastActiveAt > 0 ? (
                    <div>
                      <dt>{labels.lastActive}</dt>
                      <dd>
                        <time
                          dateTime={new Date(record.lastActiveAt).toISOString()}
                          title={fullDate(record.lastActiveAt, locale)}
                        >
                          {formatRelativeTime(record.lastActiveAt, now, locale)}
                        </time>
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {confirming === record.id
                  ? confirmation(
                      `${rowId}-question`,
                      labels.confirmRevoke(device),
                      () => void revokeOne(record),
                      record.id,
                    )
                  : isRevocable(record) || pending
                    ? button({
                        id: revokeButtonId(record.id),
                        disabled: pending,
                        'aria-busy': pending || undefined,
                        'aria-label': labels.revokeSession(device),
                        onClick: () => setConfirming(record.id),
                        'data-slot': 'active-sessions-revoke',
                        'data-state': pending ? 'pending' : 'idle',
                        children: labels.revoke,
                      })
                    : null}
              </li>
            );
          })}
        </ul>
      ) : null}

      {remaining > 0 && state === 'ready'
        ? button({
            onClick: () => setLimit((current) => Math.min(500, current + pageSize)),
            disabled: sessions.isFetching,
            'data-slot': 'active-sessions-more',
            children: labels.showMoreSessions(remaining),
          })
        : null}

      {confirming === allOthers
        ? confirmation(
            `${id}-others-question`,
            labels.confirmRevokeOthers(others.length),
            () => void revokeOthers(others),
            null,
          )
        : others.length > 0
          ? button({
              id: `${id}-revoke-others`,
              onClick: () => setConfirming(allOthers),
              'data-slot': 'active-sessions-revoke-others',
              children: labels.revokeOthers,
            })
          : null}

      <p role="status" data-slot="active-sessions-announcement">
        {announcement}
      </p>
      <p role="alert" data-slot="active-sessions-message">
        {failure}
      </p>
    </section>
  );
});

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function fullDate(time: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
