import { fetchSession, hasAccess } from 'react-session-kit/server';

/** The signed-in user, for the app's own server code: the session of the request's cookie. */
export async function GET(request: Request) {
  const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8787';
  const session = await fetchSession({ apiUrl, headers: request.headers });
  if (session.status !== 'authenticated')
    return Response.json({ signedIn: false }, { status: 401 });
  return Response.json({
    signedIn: true,
    user: session.user?.name,
    account: session.account?.title,
    canSeeUsers: hasAccess(session.access, 'account-users:r'),
  });
}
