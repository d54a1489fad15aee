import { useId } from 'react';
import type { activeSessionsLabels } from '../labels';
import { renderPart, type RenderParts } from '../../components/parts';

export interface RevokeConfirmationProps {
  /** "Sign out of Chrome on macOS?" */
  question: string;
  labels: typeof activeSessionsLabels;
  render: RenderParts<'button'> | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation step of a sign-out, in a row or for all other sessions. Escape cancels. */
export function RevokeConfirmation({
  question,
  labels,
  render,
  onConfirm,
  onCancel,
}: RevokeConfirmationProps) {
  const questionId = useId();
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      data-slot="active-sessions-confirm"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <p id={questionId} data-slot="active-sessions-confirm-question">
        {question}
      </p>
      {renderPart(render, 'button', {
        type: 'button',
        onClick: onConfirm,
        'data-slot': 'active-sessions-confirm-button',
        children: labels.confirmRevokeButton,
      })}
      {renderPart(render, 'button', {
        type: 'button',
        // The safe choice first: Enter twice must not sign a device out.
        autoFocus: true,
        onClick: onCancel,
        'data-slot': 'active-sessions-cancel',
        children: labels.cancel,
      })}
    </div>
  );
}
