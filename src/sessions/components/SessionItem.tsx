import { useId } from 'react';
import { renderPart, type RenderParts } from '../../components/parts';
import { browserLabel, formatDateTime, formatRelativeTime, locationLabel } from '../format';
import type { activeSessionsLabels } from '../labels';
import { isKnownSessionStatus, type SessionRecord } from '../schemas';
import { RevokeConfirmation } from './RevokeConfirmation';

export interface SessionItemProps {
  record: SessionRecord;
  /** The `id` of its sign-out button, where focus returns. */
  revokeId: string;
  isCurrent: boolean;
  pending: boolean;
  /** It has a sign-out button. */
  revocable: boolean;
  confirming: boolean;
  locale: string | undefined;
  now: number;
  labels: typeof activeSessionsLabels;
  render: RenderParts<'button'> | undefined;
  onRevoke: () => void;
  /** With the session's device, as the row names it. */
  onConfirm: (device: string) => void;
  onCancel: () => void;
}

/**
 * One session of ActiveSessions: device, badges, details, and its sign-out button or confirmation.
 * The IP address sits in `<bdi>`. The device and the place are not isolated whole: they are
 * sentences of the labels ("Chrome 126 على Macintosh"), which would then read left to right.
 */
export function SessionItem({
  record,
  revokeId,
  isCurrent,
  pending,
  revocable,
  confirming,
  locale,
  now,
  labels,
  render,
  onRevoke,
  onConfirm,
  onCancel,
}: SessionItemProps) {
  const activity = record.latestActivity;
  const deviceId = useId();
  const device = labels.sessionDevice(browserLabel(activity), activity?.deviceType ?? null);
  return (
    <li
      aria-labelledby={deviceId}
      aria-busy={pending || undefined}
      data-slot="active-sessions-item"
      data-state={pending ? 'pending' : record.status}
      data-current={isCurrent || undefined}
    >
      <p id={deviceId} data-slot="active-sessions-device">
        {device}
        {activity?.isMobile ? (
          <span data-slot="active-sessions-mobile"> ({labels.mobile})</span>
        ) : null}
      </p>
      {isCurrent ? <span data-slot="active-sessions-current">{labels.thisDevice}</span> : null}
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
            <dd>
              <bdi>{activity.ipAddress}</bdi>
            </dd>
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
      {confirming ? (
        <RevokeConfirmation
          question={labels.confirmRevoke(device)}
          labels={labels}
          render={render}
          onConfirm={() => onConfirm(device)}
          onCancel={onCancel}
        />
      ) : revocable || pending ? (
        renderPart(render, 'button', {
          type: 'button',
          id: revokeId,
          disabled: pending,
          'aria-busy': pending || undefined,
          'aria-label': labels.revokeSession(device),
          onClick: onRevoke,
          'data-slot': 'active-sessions-revoke',
          'data-state': pending ? 'pending' : 'idle',
          children: labels.revoke,
        })
      ) : null}
    </li>
  );
}
