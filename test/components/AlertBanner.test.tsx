import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AlertBanner } from '../../src';
import {
  renderSignedOut,
  renderWithSession,
  sessionFromWire,
  signedInBackend,
  signedInWire,
  startBackend,
} from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

const alert = (id: string, priority: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Alert ${id}`,
  text: `Text of ${id}`,
  href: '',
  access: '*',
  priority,
  timestamp: 1727348860,
  ...extra,
});

describe('AlertBanner', () => {
  it('renders nothing without alerts', async () => {
    const { container } = await renderSignedOut(server, <AlertBanner />);
    expect(container.querySelector('[data-slot=alert-banner]')).toBeNull();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it("shows the user's alerts, most urgent first, with title, text, link and priority", async () => {
    await signedInBackend(server, 'single');
    renderWithSession(<AlertBanner />);
    const region = await screen.findByRole('region', { name: 'Alerts' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('data-priority', '1');
    expect(within(items[0]!).getByRole('link', { name: 'Expired payment method' })).toHaveAttribute(
      'href',
      '/account-payment-methods',
    );
    expect(items[0]).toHaveTextContent('One or more of your credit cards has expired.');
    expect(items[1]).toHaveAttribute('data-priority', '3');
    expect(within(items[1]!).queryByRole('link')).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Welcome');
  });

  it('shows only the alerts the access allows', async () => {
    await signedInBackend(server, 'restricted');
    renderWithSession(<AlertBanner />);
    const region = await screen.findByRole('region', { name: 'Alerts' });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('strong, a')?.textContent),
    ).toEqual(['Report ready']);
  });

  it('dismisses with the keyboard, moves focus to the next alert, and remembers it', async () => {
    await signedInBackend(server, 'single');
    const onDismiss = vi.fn();
    const { user } = renderWithSession(
      <>
        <AlertBanner onDismiss={onDismiss} />
        <h1>Overview</h1>
        <a href="/next">Next on the page</a>
      </>,
    );
    const first = await screen.findByRole('button', { name: 'Dismiss: Expired payment method' });
    first.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Expired payment method')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss: Welcome' })).toHaveFocus();
    expect(onDismiss).toHaveBeenCalledWith(expect.objectContaining({ id: 'expired-card' }));
    await user.keyboard(' ');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    // The last one gone, focus goes to what came after the banner, not to <body>.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Next on the page' })).toHaveFocus(),
    );
  });

  it('caps how many show at first; "Show N more" shows the rest and moves focus to them', async () => {
    startBackend(server);
    const { user } = renderWithSession(<AlertBanner max={2} />, {
      initialSession: sessionFromWire(
        signedInWire({
          alerts: [alert('a', 2), alert('b', 1), alert('c', 3), alert('d', 3), alert('e', 2)],
        }),
      ),
    });
    const region = screen.getByRole('region', { name: 'Alerts' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('Alert b');
    await user.click(screen.getByRole('button', { name: 'Show 3 more alerts' }));
    expect(within(region).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    // The first alert it revealed (the third most urgent, a priority 2).
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Dismiss: Alert e' })).toHaveFocus(),
    );
  });

  it('says the urgency in words before the title, not in colour alone', async () => {
    startBackend(server);
    renderWithSession(<AlertBanner />, {
      initialSession: sessionFromWire(
        signedInWire({ alerts: [alert('a', 1), alert('b', 2), alert('c', 3)] }),
      ),
    });
    const items = within(screen.getByRole('region', { name: 'Alerts' })).getAllByRole('listitem');
    // Server text keeps its own direction inside a right-to-left page.
    expect(within(items[0]!).getByText('Text of a')).toHaveAttribute('dir', 'auto');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Urgent: Alert a/),
      expect.stringMatching(/^Warning: Alert b/),
      expect.stringMatching(/^Alert c/),
    ]);
  });

  it('never links an unsafe href, and renders markup in texts as text', async () => {
    startBackend(server);
    renderWithSession(<AlertBanner max={5} />, {
      initialSession: sessionFromWire(
        signedInWire({
          alerts: [
            alert('js', 1, { href: ' JaVaScRiPt:alert(1)', title: '<img src=x onerror=alert(1)>' }),
            alert('data', 2, { href: 'data:text/html,<script>alert(1)</script>' }),
            alert('proto', 3, { href: '//evil.example', text: '<b>bold</b>' }),
          ],
        }),
      ),
    });
    const region = screen.getByRole('region', { name: 'Alerts' });
    expect(within(region).queryAllByRole('link')).toHaveLength(0);
    expect(region.querySelector('img, b, script')).toBeNull();
    expect(region).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(region).toHaveTextContent('<b>bold</b>');
  });

  it('takes labels and a router link through render', async () => {
    await signedInBackend(server, 'single');
    renderWithSession(
      <AlertBanner
        labels={{ alerts: 'Hinweise', dismissAlert: (title) => `${title} ausblenden` }}
        render={{
          link: ({ href, ...props }) => <a {...props} href={`#${href}`} data-router="yes" />,
        }}
      />,
    );
    const region = await screen.findByRole('region', { name: 'Hinweise' });
    expect(within(region).getByRole('link', { name: 'Expired payment method' })).toHaveAttribute(
      'data-router',
      'yes',
    );
    expect(within(region).getByRole('button', { name: 'Welcome ausblenden' })).toBeInTheDocument();
  });
});
