import {
  forwardRef,
  useState,
  type ForwardedRef,
  type ComponentPropsWithoutRef,
  type MouseEvent,
} from 'react';
import type { SessionAlert } from '../core/schemas/entities';
import { safeUrl } from '../core/urls';
import { useAlerts } from '../useAlerts';
import { alertBannerLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart, type RenderParts } from './parts';
import { focusable, rescueFocus } from './internal/focus';
import { visuallyHidden } from './internal/LiveRegion';

export interface AlertBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** How many alerts show at first (most urgent first); "Show N more" shows the rest. Default 3. */
  max?: number;
  /** Called after an alert is dismissed (it stays dismissed for this user, across reloads). */
  onDismiss?: (alert: SessionAlert) => void;
  labels?: Partial<Labels>;
  /** Replace parts: `link` (e.g. your router's link, for same-origin paths), `button`. */
  render?: RenderParts<'link' | 'button'>;
}

/**
 * The session's alerts (`useAlerts()`: only those the user's access allows, most urgent first):
 * title, text, a link when `href` is a safe URL, urgency as `data-priority` (1 is the most
 * urgent), and a dismiss button. Renders nothing when there are none. Alerts that arrive later
 * are announced politely.
 *
 * @example
 * <AlertBanner max={2} render={{ link: ({ href, ...props }) => <Link to={href} {...props} /> }} />
 */
export const AlertBanner = /* @__PURE__ */ forwardRef(function AlertBanner(
  { max = 3, onDismiss, labels: labelOverrides, render, className, ...props }: AlertBannerProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const labels = useLabels(alertBannerLabels, labelOverrides);
  const { alerts, dismiss } = useAlerts();
  const [expanded, setExpanded] = useState(false);
  if (alerts.length === 0) return null;

  const shown = expanded ? alerts : alerts.slice(0, Math.max(1, max));
  const hidden = alerts.length - shown.length;

  const onDismissClick = (event: MouseEvent<HTMLElement>, alert: SessionAlert, index: number) => {
    // Keep the keyboard user in the list: focus the next alert's dismiss button (or the previous);
    // after the last one, whatever comes after the banner on the page.
    const banner = event.currentTarget.closest('[data-slot=alert-banner]');
    const buttons = banner?.querySelectorAll<HTMLElement>('[data-slot=alert-banner-dismiss]');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    const after = [...document.querySelectorAll<HTMLElement>(focusable)].find(
      (element) => banner?.compareDocumentPosition(element) === Node.DOCUMENT_POSITION_FOLLOWING,
    );
    dismiss(alert.id);
    if (next) next.focus();
    else rescueFocus(() => after);
    onDismiss?.(alert);
  };

  return (
    <section
      aria-label={labels.alerts}
      {...props}
      ref={ref}
      data-slot="alert-banner"
      className={className}
    >
      <ul aria-live="polite" data-slot="alert-banner-list">
        {shown.map((alert, index) => {
          const href = safeUrl(alert.href);
          const urgency = labels.alertPriority(alert.priority);
          return (
            <li key={alert.id} data-slot="alert-banner-item" data-priority={alert.priority}>
              {/* Urgency in words too, not in colour alone. */}
              {urgency ? (
                <span data-slot="alert-banner-priority" style={visuallyHidden}>
                  {urgency}{' '}
                </span>
              ) : null}
              {href ? (
                renderPart(render, 'link', {
                  href,
                  // Server text: its own direction (Latin in an Arabic page keeps its full stop).
                  dir: 'auto',
                  'data-slot': 'alert-banner-link',
                  children: alert.title || labels.alertDetails,
                })
              ) : alert.title ? (
                <strong dir="auto" data-slot="alert-banner-title">
                  {alert.title}
                </strong>
              ) : null}
              {alert.text ? (
                <p dir="auto" data-slot="alert-banner-text">
                  {alert.text}
                </p>
              ) : null}
              {renderPart(render, 'button', {
                type: 'button',
                'aria-label': labels.dismissAlert(alert.title),
                'data-slot': 'alert-banner-dismiss',
                onClick: (event) => onDismissClick(event, alert, index),
                children: <span aria-hidden="true">×</span>,
              })}
            </li>
          );
        })}
      </ul>
      {hidden > 0
        ? renderPart(render, 'button', {
            type: 'button',
            'data-slot': 'alert-banner-more',
            onClick: (event) => {
              // The button goes away: continue at the first alert it revealed.
              const list = event.currentTarget.previousElementSibling;
              setExpanded(true);
              rescueFocus(
                () =>
                  list?.querySelectorAll<HTMLElement>('[data-slot=alert-banner-dismiss]')[
                    shown.length
                  ],
              );
            },
            children: labels.moreAlerts(hidden),
          })
        : null}
    </section>
  );
});
