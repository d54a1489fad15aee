// Temporary smoke test for the `unit` project (jsdom + Testing Library + jest-dom).
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('unit project smoke test', () => {
  it('renders into jsdom and has jest-dom matchers', () => {
    render(<div role="status">session ready</div>);
    expect(screen.getByRole('status')).toHaveTextContent('session ready');
    expect(document.body).toContainElement(screen.getByRole('status'));
  });

  it('cleans up between tests', () => {
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
