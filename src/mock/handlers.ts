import { http, type RequestHandler } from 'msw';
import { whoIsAsking, type EndpointContext } from './callers';
import { endpoints, type Endpoint } from './endpoints';
import { faultReply } from './faults';
import type { ResolvedOptions } from './options';
import { admit, readJsonObject, type Pipeline } from './pipeline';
import { fail, toResponse, type Reply } from './respond';
import type { StateStore } from './state';
import { readSid } from './token';

// The session API's routes: the shared pipeline (count, wait, fault), then identify the caller,
// handle against the stored state, store it back, answer with the configured headers.

/** What the handlers share with the backend object that created them. */
export interface Runtime {
  options: ResolvedOptions;
  store: StateStore;
  /** Shared with the sessions API's routes. */
  pipeline: Pipeline;
  /** `'METHOD /path'` → number of requests. */
  requests: Record<string, number>;
}

/**
 * Session id of the mock JWT where the API takes it: the `BackstackJWT` cookie in cookie mode, else
 * `Authorization` (`Bearer <jwt>` or bare). Nowhere else, as a real server.
 */
function presentedSid(
  request: Request,
  cookies: Record<string, string>,
  options: ResolvedOptions,
  secret: string,
): string | undefined {
  const token =
    options.jwtTransport === 'cookie'
      ? cookies.BackstackJWT
      : request.headers
          .get('Authorization')
          ?.replace(/^Bearer\s+/i, '')
          .trim();
  return token ? readSid(secret, token) : undefined;
}

/** With `accountIdIn` set to one variant, the other one does not exist. */
function wrongVariant(options: ResolvedOptions, endpoint: Endpoint, pathId: string | undefined) {
  if (!endpoint.idInPath || options.accountIdIn === 'either') return undefined;
  const wantsPath = options.accountIdIn === 'path';
  return wantsPath === (pathId !== undefined)
    ? undefined
    : fail(404, 'Not found.', undefined, 'codebase');
}

function sessionStatus(reply: Reply, ctx: EndpointContext, staleFault: boolean) {
  if (staleFault) return 'stale';
  const signedIn =
    reply.kind === 'session'
      ? reply.body.auth === true
      : (whoIsAsking(ctx).caller?.session.accountId ?? null) !== null;
  if (!signedIn) return 'auth';
  return ctx.state.stale ? 'stale' : 'current';
}

function route(runtime: Runtime, endpoint: Endpoint, withId: boolean): RequestHandler {
  const { options } = runtime;
  const url = `${options.apiUrl}${endpoint.path}${withId ? '/:id' : ''}`;
  const name = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
  return http[endpoint.method](url, async ({ request, params, cookies }) => {
    const admitted = await admit(runtime.pipeline, runtime.requests, {
      name,
      path: endpoint.path,
      ignores: endpoint.authenticated ? [] : ['expired'],
    });
    if ('response' in admitted) return admitted.response;
    const { fault } = admitted;

    const body = endpoint.method === 'post' ? await readJsonObject(request) : {};
    const pathId = typeof params.id === 'string' ? params.id : undefined;
    const state = runtime.store.read();
    const ctx: EndpointContext = {
      state,
      options,
      body,
      pathId,
      presentedSid: presentedSid(request, cookies, options, state.secret),
      now: Math.floor(Date.now() / 1000),
    };
    const reply =
      (fault && faultReply(fault, ctx.state)) ??
      wrongVariant(options, endpoint, pathId) ??
      endpoint.handle(ctx);
    if (reply.kind === 'session') ctx.state.stale = false;
    runtime.store.write(ctx.state);

    const headers = new Headers();
    if (options.sessionStatusHeader) {
      headers.set('X-Session-Status', sessionStatus(reply, ctx, fault?.type === 'stale'));
    }
    if (fault?.type === 'rate_limited') headers.set('Retry-After', String(fault.retryAfter));
    return toResponse(reply, options, headers);
  });
}

/** One MSW handler per endpoint, plus the `…/:id` variant where the account id may sit in the path. */
export const createHandlers = (runtime: Runtime): RequestHandler[] =>
  endpoints.flatMap((endpoint) =>
    endpoint.idInPath
      ? [route(runtime, endpoint, false), route(runtime, endpoint, true)]
      : [route(runtime, endpoint, false)],
  );
