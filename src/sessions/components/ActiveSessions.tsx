import {
  forwardRef,
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ForwardedRef,
} from 'react';
import { errorTone, toSessionError } from '../../components/internal/errors';
import { byId } from '../../components/internal/focus';
import type { Labels } from '../../components/labels';
import { useLabels } from '../../components/LabelsContext';
import { renderPart, type RenderParts } from '../../components/parts';
import type { SessionError } from '../../core/SessionError';
import { useCurrentSessionId } from '../useCurrentSessionId';
import type { RevokeSessionResult } from '../useRevokeSession';
import { useDeviceSessions } from '../useDeviceSessions';
import { pageLocale } from '../format';
import { activeSessionsLabels } from '../labels';
import type { SessionRecord } from '../schemas';
import { RevokeConfirmation } from './RevokeConfirmation';
import { SessionItem } from './SessionItem';
import { allOthers, useRevokeFlow } from './useRevokeFlow';
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
  const jwtSessionId = useCurrentSessionId();
  const currentId = currentProp ?? jwtSessionId;
  const [limit, setLimit] = useState(pageSize);
  const sessions = useDeviceSessions({ limit });
  const [touchedIds, pendingIds, confirming, setConfirming, announcement, failure, revoke] =
    useRevokeFlow(currentId, labels, onRevoke, onError);
  const now = useNow(nowProp);
  const id = useId();
  // Focus moves only inside the component: the heading, and the section it heads.
  const title = useRef<HTMLHeadingElement | null>(null);
  const find = (target: string) => byId(title.current?.parentElement, target);
  const revokeButtonId = (sessionId: string) => `${id}-${sessionId}`;

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
  const revocable = visible.filter(isRevocable);
  const others = currentId ? revocable : [];
  const remaining = Math.max(0, (sessions.data?.totalCount ?? 0) - records.length);

  function focusAfter(record: SessionRecord) {
    const index = revocable.indexOf(record);
    const next = revocable[index + 1] ?? revocable[index - 1];
    const target = next ? find(revokeButtonId(next.id)) : null;
    (target ?? title.current)?.focus();
  }

  /** Closes a confirmation; focus returns to its button (`'others'`: "Sign out of all other sessions"). */
  function cancel(buttonOf: string) {
    setConfirming(null);
    requestAnimationFrame(() => find(revokeButtonId(buttonOf))?.focus());
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
      aria-labelledby={id}
      aria-busy={state === 'loading' || undefined}
      {...props}
      ref={ref}
      data-slot="active-sessions"
      data-state={state}
      className={className}
    >
      <Heading ref={title} id={id} tabIndex={-1} data-slot="active-sessions-title">
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
          <p role="alert">{labels.error(toSessionError(sessions.error))}</p>
          {button({
            onClick: () => void sessions.refetch(),
            'data-slot': 'active-sessions-retry',
            children: labels.retry,
          })}
        </div>
      ) : null}

      {visible.length > 0 ? (
        <ul data-slot="active-sessions-list">
          {visible.map((record) => (
            <SessionItem
              key={record.id}
              record={record}
              revokeId={revokeButtonId(record.id)}
              isCurrent={record.id === currentId}
              pending={pendingIds.has(record.id)}
              revocable={isRevocable(record)}
              confirming={confirming === record.id}
              locale={locale}
              now={now}
              labels={labels}
              render={render}
              onRevoke={() => setConfirming(record.id)}
              onConfirm={(device) => {
                focusAfter(record);
                void revoke([record], device);
              }}
              onCancel={() => cancel(record.id)}
            />
          ))}
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
          onConfirm={() => {
            title.current?.focus();
            void revoke(others);
          }}
          onCancel={() => cancel('others')}
        />
      ) : others.length > 0 ? (
        button({
          id: revokeButtonId('others'),
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
