import { useNavigate } from 'react-router';
import { useLogout } from 'react-session-kit';
import { paths } from './routes';

/** Logs out, then goes to the login page. */
export function LogOutButton() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      data-rsk-button="secondary"
      disabled={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSuccess: () => navigate(paths.login) })}
    >
      Log out
    </button>
  );
}
