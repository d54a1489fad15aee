// @vitest-environment node
// The sessions API client, fed 10,000 generated lists (test/fuzz/sessionsApi.ts).
import { fuzzSessionsApi } from './sessionsApi';

fuzzSessionsApi(import.meta.url, ['GET /sessions']);
