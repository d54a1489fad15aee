// @vitest-environment node
// The sessions API client, fed 10,000 generated pages, records and tokens per call
// (test/fuzz/sessionsApi.ts).
import { fuzzSessionsApi } from './sessionsApi';

fuzzSessionsApi(import.meta.url, [
  'GET /sessions?paginated=true',
  'GET /sessions/{id} | POST /sessions/{id}/revoke',
  'POST /sessions/{id}/tokens/{template}',
]);
