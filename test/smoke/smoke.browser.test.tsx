// Temporary smoke test for the `browser` project (real Chromium via Playwright).
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';

describe('browser project smoke test', () => {
  it('renders in real Chromium', async () => {
    const screen = await render(<button type="button">Sign in</button>);
    await expect.element(screen.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect.element(page.getByText('Sign in')).toBeInTheDocument();
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(typeof window.matchMedia).toBe('function');
  });
});
