import {
  forwardRef,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
} from 'react';
import { useMutationState } from '@tanstack/react-query';
import { errorTone, toSessionError } from '../../components/internal/errors';
import { byId } from '../../components/internal/focus';
import { activeSessionsLabels, type Labels } from '../../components/labels';
import { useLabels } from '../../components/LabelsContext';
import { renderPart, type RenderParts } from '../../components/parts';
import type { SessionError } from '../../core/SessionError';
import { useSessionContext } from '../../SessionContext';
import { useCurrentSessionId } from '../useCurrentSessionId';
import { useRevokeSession, type RevokeSessionResult } from '../useRevokeSession';
import { useDeviceSessions } from '../useDeviceSessions';
import { createDeviceSessionKeys } from '../keys';
import {
  browserLabel,
  formatDateTime,
  formatRelativeTime,
  locationLabel,
  pageLocale,
} from '../format';
import { isKnownSessionStatus, type SessionRecord } from '../schemas';
import { RevokeConfirmation } from './RevokeConfirmation';
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
  /**
   * Locale of relative times and country names. Default: the labels' `locale`, else the page's
   * `<html lang>`, else the browser's.
   */
  locale?: string;
  /** The time "last active" counts from (stories, tests). Default: now, refreshed every 30 s. */
  now?: number;
  /** Level of the heading (1 when the list is the page). Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Called after each session is signed out. */
  onRevoke?: (result: RevokeSessionResult) => void;
  /** Called with every failed sign-out, after the component shows it (always a `SessionError`). */
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
 * activity as a relative time in the page's locale, a status badge, and "This device" on the
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
    locale: localeProp,
    now: nowProp,
    headingLevel = 2,
    onRevoke,
    onError,
    labels: labelOverrides,
    render,
    className,
    ...props
  }: ActiveSessionsProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const labels = useLabels(activeSessionsLabels, labelOverrides);
  const locale = pageLocale(localeProp || labels.locale);
  const { keys: sessionKeys, queryClient } = useSessionContext('ActiveSessions');
  const keys = createDeviceSessionKeys(sessionKeys);
  const jwtSessionId = useCurrentSessionId();
  const currentId = currentProp ?? jwtSessionId;
  const [limit, setLimit] = useState(pageSize);
  const sessions = useDeviceSessions({ limit });
  const revoke = useRevokeSession({ currentSessionId: currentId });
  // Every session signed out from this cache (kept visible), and those being signed out now.
  const revokes = useMutationState(
    { filters: { mutationKey: keys.revoke }, select: ({ state }) => state },
    queryClient,
  );
  const touchedIds = new Set(revokes.map((state) => state.variables));
  const pendingIds = new Set(
    revokes.filter((state) => state.status === 'pending').map((state) => state.variables),
  );
  const now = useNow(nowProp);
  const [confirming, setConfirming] = useState<string | typeof allOthers | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const id = useId();
  // Focus moves only inside the component: the heading, and the section it heads.
  const title = useRef<HTMLHeadingElement | null>(null);
  const find = (target: string) => byId(title.current?.parentElement, target);
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
  const message = (error: unknown) => labels.error(toSessionError(error));

  function focusAfter(record: SessionRecord) {
    const order = visible.filter(isRevocable).map((candidate) => candidate.id);
    const index = order.indexOf(record.id);
    const next = order[index + 1] ?? order[index - 1];
    const target = next ? find(revokeButtonId(next)) : null;
    (target ?? title.current)?.focus();
  }

  function cancel(sessionId: string | null) {
    setConfirming(null);
    requestAnimationFrame(() => {
      const target = sessionId ? revokeButtonId(sessionId) : `${id}-revoke-others`;
      find(target)?.focus();
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
      onError?.(toSessionError(error));
    }
  }

  async function revokeOthers(targets: SessionRecord[]) {
    setConfirming(null);
    setFailure('');
    title.current?.focus();
    const results = await Promise.allSettled(
      targets.map((record) => revoke.mutateAsync(record.id)),
    );
    const done = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = results.flatMap((result) =>
      result.status === 'rejected' ? [toSessionError(result.reason)] : [],
    );
    if (done.length > 0) setAnnouncement(labels.revokedOthers(done.length));
    for (const result of done) onRevoke?.(result);
    const [first] = failed;
    if (first) {
      setFailure(labels.revokeOthersFailed(failed.length, labels.error(first)));
      for (const error of failed) onError?.(error);
    }
  }

  const button = (props: Parameters<typeof renderPart<'button'>>[2]) =>
    renderPart(render, 'button', { type: 'button', ...props });

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
      <Heading ref={title} id={titleId} tabIndex={-1} data-slot="active-sessions-title">
        {labels.activeSessions}
      </Heading>

      {state === 'loading' ? (
        <p role="status" data-slot="active-sessions-loading">
          {labels.loadingSessions}
        </p>
      ) : null}
      {state === 'empty' ? <p data-slot="active-sessions-empty">{labels.noSessions}</p> : null}
      {state === 'error' ? (
        <div
          data-slot="active-sessions-error"
          data-tone={errorTone(toSessionError(sessions.error))}
        >
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
                          title={formatDateTime(record.lastActiveAt, locale)}
                        >
                          {formatRelativeTime(record.lastActiveAt, now, locale)}
                        </time>
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {confirming === record.id ? (
                  <RevokeConfirmation
                    question={labels.confirmRevoke(device)}
                    labels={labels}
                    render={render}
                    onConfirm={() => void revokeOne(record)}
                    onCancel={() => cancel(record.id)}
                  />
                ) : isRevocable(record) || pending ? (
                  button({
                    id: revokeButtonId(record.id),
                    disabled: pending,
                    'aria-busy': pending || undefined,
                    'aria-label': labels.revokeSession(device),
                    onClick: () => setConfirming(record.id),
                    'data-slot': 'active-sessions-revoke',
                    'data-state': pending ? 'pending' : 'idle',
                    children: labels.revoke,
                  })
                ) : null}
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

      {confirming === allOthers ? (
        <RevokeConfirmation
          question={labels.confirmRevokeOthers(others.length)}
          labels={labels}
          render={render}
          onConfirm={() => void revokeOthers(others)}
          onCancel={() => cancel(null)}
        />
      ) : others.length > 0 ? (
        button({
          id: `${id}-revoke-others`,
          onClick: () => setConfirming(allOthers),
          'data-slot': 'active-sessions-revoke-others',
          children: labels.revokeOthers,
        })
      ) : null}

      {/* Live regions as LiveRegion makes them (in the tree from the start, styles.css's one rule
          for empty ones), but paragraphs since 0.1: LiveRegion renders a div, and the /sessions
          entry has no bytes left for an element option (bench/lib/sizes.mjs, scenario s). */}
      <p role="status" data-slot="active-sessions-announcement">
        {announcement}
      </p>
      <p role="alert" data-slot="active-sessions-message">
        {failure}
      </p>
    </section>
  );
});
