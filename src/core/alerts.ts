import { hasAccess, type AccessMap } from './access';
import type { SessionAlert } from './schemas/entities';

/**
 * The alerts a user should see: those whose `access` requirement holds (the server does not
 * filter), not dismissed, most urgent first (priority 1), then newest.
 */
export function visibleAlerts(
  alerts: readonly SessionAlert[],
  access: AccessMap,
  dismissed: ReadonlySet<string> = new Set(),
): SessionAlert[] {
  return alerts
    .filter((alert) => !dismissed.has(alert.id) && hasAccess(access, alert.access ?? '*'))
    .sort((a, b) => a.priority - b.priority || (b.timestamp ?? 0) - (a.timestamp ?? 0));
}
