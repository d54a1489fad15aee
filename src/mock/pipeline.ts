import { delay, HttpResponse } from 'msw';
import { createFaultSlot, malformedResponse, type FaultSlot, type MockFault } from './faults';

// The steps every request of both mocked APIs (the session API and the sessions API) takes before
// its endpoint answers: count it, wait the latency, take the fault in force.

/** What the request pipeline of a mock shares between its routes. */
export interface Pipeline {
  latency: number | readonly [min: number, max: number];
  faults: FaultSlot;
}

export const createPipeline = (latency: Pipeline['latency'] = 0): Pipeline => ({
  latency,
  faults: createFaultSlot(),
});

/** A route as the pipeline sees it. */
export interface PipelineRoute {
  /** `'METHOD /path'`, the key of the request counts. */
  name: string;
  /** The path a fault's `only` names (`'/app/session'`, `'/sessions/:id'`). */
  path: string;
  /** Fault types that do not apply to this route (e.g. `expired` where no session is read). */
  ignores: readonly MockFault['type'][];
}

function latencyMs(latency: Pipeline['latency']): number {
  if (typeof latency === 'number') return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}

/**
 * Counts the request in `requests`, waits, and takes the fault for it. Answers the response to send
 * instead of the endpoint's (`offline`, `malformed`), else the fault the endpoint's answer must
 * reflect (`null`: none).
 */
export async function admit(
  pipeline: Pipeline,
  requests: Record<string, number>,
  route: PipelineRoute,
): Promise<{ response: Response } | { fault: MockFault | null }> {
  requests[route.name] = (requests[route.name] ?? 0) + 1;
  const wait = latencyMs(pipeline.latency);
  if (wait > 0) await delay(wait);
  const fault = pipeline.faults.take(route.path, route.ignores);
  if (fault?.type === 'slow') await delay(fault.ms);
  if (fault?.type === 'offline') return { response: HttpResponse.error() };
  if (fault?.type === 'malformed') return { response: malformedResponse() };
  return { fault };
}

/** The request's JSON body as an object; `{}` when it is absent, not JSON or not an object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await request.text());
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? { ...parsed }
      : {};
  } catch {
    return {};
  }
}
