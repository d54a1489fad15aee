import { HttpResponse, type JsonBodyType } from 'msw';
import type { ResolvedOptions } from './options';
import type { SessionBody } from './session';

// What an endpoint answers (a Reply), and how a Reply becomes an HTTP response in the configured
// envelope and JWT transport.

/** An error answer. `type` defaults from the status: 5xx → `system`, otherwise `user`. */
export interface ApiError {
  status: number;
  message: string;
  fields?: Record<string, string>;
  type?: 'user' | 'codebase' | 'system';
}

export type Reply =
  /** A session object; `token` is the client's JWT, `null` once signed out. */
  | { kind: 'session'; body: SessionBody; token: string | null }
  | { kind: 'ok'; body: JsonBodyType; message: string }
  | { kind: 'error'; error: ApiError };

export const fail = (
  status: number,
  message: string,
  fields?: Record<string, string>,
  type?: ApiError['type'],
): Reply => ({ kind: 'error', error: { status, message, fields, type } });

const COOKIE_ATTRIBUTES = 'HttpOnly; Path=/; SameSite=None; Secure';

function errorBody(error: ApiError, envelope: ResolvedOptions['envelope']): JsonBodyType {
  const fields = error.fields ?? {};
  switch (envelope) {
    case 'bare': {
      const type = error.type ?? (error.status >= 500 ? 'system' : 'user');
      return { error: { type, code: error.status, message: error.message, fields } };
    }
    case 'data':
      return { success: false, message: error.message, data: { fields } };
    case 'payload':
      return { success: false, message: error.message, payload: { error: { fields } } };
  }
}

function okBody(body: JsonBodyType, message: string, envelope: ResolvedOptions['envelope']) {
  return envelope === 'bare' ? body : { success: true, message, [envelope]: body };
}

/** Turns a Reply into a JSON response; `headers` are added (session status, Retry-After, …). */
export function toResponse(reply: Reply, options: ResolvedOptions, headers: Headers): Response {
  if (reply.kind === 'error') {
    return HttpResponse.json(errorBody(reply.error, options.envelope), {
      status: reply.error.status,
      headers,
    });
  }
  if (reply.kind === 'ok') {
    return HttpResponse.json(okBody(reply.body, reply.message, options.envelope), { headers });
  }
  const { token } = reply;
  // The reference API puts the JWT in the body in cookie mode too (the kit drops it on arrival and
  // keeps its `sid` for "This device"); only `'header'` leaves the body's `jwt` empty.
  const body = { ...reply.body, jwt: options.jwtTransport === 'header' ? '' : (token ?? '') };
  if (options.jwtTransport === 'cookie') {
    headers.set(
      'Set-Cookie',
      token === null
        ? `BackstackJWT=; Max-Age=0; ${COOKIE_ATTRIBUTES}`
        : `BackstackJWT=${token}; ${COOKIE_ATTRIBUTES}`,
    );
  }
  if (options.jwtTransport === 'header' && token !== null) headers.set('X-JWT', token);
  return HttpResponse.json(okBody(body, '', options.envelope), { headers });
}
