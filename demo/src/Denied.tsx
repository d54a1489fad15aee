import { useNavigate } from 'react-router';
import { AccessDenied, useAccountChoices } from 'react-session-kit';
import { paths } from './routes';

const labels = { accessDenied: (page?: string) => `No access to ${page ?? 'this page'}` };

/**
 * What a `RequireAccess` gate of the demo shows instead of a page the account may not see: the
 * kit's `<AccessDenied>`, with "Switch account" (opening the header's switcher) for users who
 * have another account. The gate only hides UI: a real server must refuse the data too.
 */
export function Denied({ page }: { page: string }) {
  const navigate = useNavigate();
  const choices = useAccountChoices();
  const others = (choices.data?.accounts.length ?? 0) > 1;
  return (
    <AccessDenied
      resource={page}
      labels={labels}
      onBack={() => void navigate(paths.home)}
      onSwitchAccount={others ? openSwitcher : undefined}
    />
  );
}

function openSwitcher() {
  document.querySelector<HTMLElement>('[data-slot=account-switcher-trigger]')?.click();
}
