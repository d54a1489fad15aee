import { HttpResponse } from 'msw';
import type { MockFault } from './faults';

// The sessions API's error answers: `{errors: [{code, message, long_message, meta}]}`.

export function apiError(status: number, code: string, message: string, longMessage = message) {
  return HttpResponse.json(
    { errors: [{ code, message, long_message: longMessage, meta: {} }] },
    { status },
  );
}

/** A fault's answer in this API's error shape; `undefined` when the route still answers. */
export function faultResponse(fault: MockFault): Response | undefined {
  if (fault.type === 'rate_limited') {
    const message = `Too many requests. Try again in ${fault.retryAfter} seconds.`;
    const response = apiError(429, 'too_many_requests', 'too many requests', message);
    response.headers.set('Retry-After', String(fault.retryAfter));
    return response;
  }
  if (fault.type !== 'error') return undefined;
  const message = fault.message ?? 'Something went wrong. Please try again.';
  const code = fault.status >= 500 ? 'internal_server_error' : 'request_error';
  return apiError(fault.status, code, message);
}

export const notFound = () =>
  apiError(404, 'resource_not_found', 'not found', 'The requested session was not found.');
