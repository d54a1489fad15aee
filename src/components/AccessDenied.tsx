import { forwardRef, type ComponentPropsWithoutRef, type ForwardedRef } from 'react';
import { accessDeniedLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart, type RenderParts } from './parts';
import { isolate } from './internal/isolate';

export interface AccessDeniedProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** What the user may not see, for the heading ("You don't have access to Payment methods"). */
  resource?: string;
  /** "Go back"; default `history.back()`. */
  onBack?: () => void;
  /** Shows "Switch account" (give it when the user has other accounts). */
  onSwitchAccount?: () => void;
  labels?: Partial<Labels>;
  /** Replace the `button` part. */
  render?: RenderParts<'button'>;
}

/**
 * What a signed-in user sees where they lack the access: a lock icon, "You don't have access to
 * …", a line of plain language, "Switch account" (with `onSwitchAccount`) and "Go back". The
 * default `fallback` of `<RequireAccess access>` for a signed-in user without the access.
 *
 * @example
 * <RequireAccess access="payments:r" fallback={<AccessDenied resource="Payment methods" />}>
 */
export const AccessDenied = /* @__PURE__ */ forwardRef(function AccessDenied(
  {
    resource,
    onBack,
    onSwitchAccount,
    labels: labelOverrides,
    render,
    className,
    ...props
  }: AccessDeniedProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const labels = useLabels(accessDeniedLabels, labelOverrides);
  const button = (slot: string, onClick: () => void, children: string) =>
    renderPart(render, 'button', { type: 'button', 'data-slot': slot, onClick, children });
  return (
    <section {...props} ref={ref} data-slot="access-denied" className={className}>
      <span aria-hidden="true" data-slot="access-denied-icon" />
      <h2 data-slot="access-denied-title">
        {resource ? isolate(labels.accessDenied, resource) : labels.accessDenied(undefined)}
      </h2>
      <p data-slot="access-denied-text">{labels.accessDeniedText}</p>
      <div data-slot="access-denied-actions">
        {onSwitchAccount
          ? button('access-denied-switch', onSwitchAccount, labels.switchAccount)
          : null}
        {button('access-denied-back', onBack ?? (() => history.back()), labels.goBack)}
      </div>
    </section>
  );
});
