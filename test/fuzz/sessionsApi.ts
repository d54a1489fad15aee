// The sessions API client: lists, pages, records and tokens, 10,000 generated answers per call.
// Records must come out as the documented camelCase model with finite millisecond times. The calls
// are split across two test files, so that each file runs within a minute.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createDeviceSessionsClient, type DeviceSessionsClient } from '../../src/sessions/client';
import type { SessionRecord } from '../../src/sessions/schemas';
import { responseOf, sessionsApiAnswers, type Answer, type Json } from './arbitraries';
import {
  apiUrl,
  checkEachAnswer,
  ensure,
  expectValueOrError,
  fuzzFigures,
  runsPerCall,
  settle,
} from './harness';

function fuzzSessionsClient() {
  let answer: Answer | null = null;
  const client = createDeviceSessionsClient({
    apiUrl,
    timeoutMs: 5_000,
    fetch: async () => {
      if (answer === null) throw new Error('no answer set');
      if (answer.failure === 'network') throw new TypeError('Failed to fetch');
      return responseOf(answer);
    },
  });
  return { client, answer: (next: Answer) => void (answer = next) };
}

const times = ['lastActiveAt', 'expireAt', 'abandonAt', 'updatedAt', 'createdAt'] as const;

function expectRecord(record: SessionRecord): void {
  ensure(typeof record.id === 'string' && record.id !== '', 'a record without an id');
  ensure(typeof record.userId === 'string', 'a record without a user');
  ensure(typeof record.status === 'string' && record.status !== '', 'a record without a status');
  for (const name of times) ensure(Number.isFinite(record[name]), `${name} is ${record[name]}`);
  if (record.actor !== null) ensure(typeof record.actor === 'object', 'an actor that is no object');
  const activity = record.latestActivity;
  if (activity !== null) {
    for (const [name, value] of Object.entries(activity)) {
      ensure(
        value === undefined || typeof value === 'string' || typeof value === 'boolean',
        `latestActivity.${name} is ${typeof value}`,
      );
    }
  }
}

function expectNewestFirst(records: readonly SessionRecord[]): void {
  for (let index = 1; index < records.length; index += 1) {
    ensure(records[index - 1]!.createdAt >= records[index]!.createdAt, 'a list not newest first');
  }
}

const count = (body: Json) => (Array.isArray(body) ? body.length : -1);

type Call = (client: DeviceSessionsClient, run: number) => Promise<unknown>;

const targets: readonly [
  name: string,
  answers: fc.Arbitrary<Answer>,
  call: Call,
  check: (value: unknown, answer: Answer) => void,
][] = [
  [
    'GET /sessions',
    sessionsApiAnswers.list,
    (client) => client.list({ userId: 'usr_1' }),
    (value, answer) => {
      const records = value as SessionRecord[];
      records.forEach(expectRecord);
      expectNewestFirst(records);
      if (answer.pristine)
        ensure(records.length === count(answer.source), 'records lost or invented');
    },
  ],
  [
    'GET /sessions?paginated=true',
    sessionsApiAnswers.page,
    (client) => client.listPage({ userId: 'usr_1', limit: 10 }),
    (value, answer) => {
      const page = value as { data: SessionRecord[]; totalCount: number };
      page.data.forEach(expectRecord);
      expectNewestFirst(page.data);
      ensure(
        Number.isInteger(page.totalCount) && page.totalCount >= 0,
        `totalCount ${page.totalCount}`,
      );
      if (answer.pristine && answer.generation === 'page') {
        const source = answer.source as { data: Json[]; total_count: number };
        ensure(
          page.data.length === source.data.length && page.totalCount === source.total_count,
          'page misread',
        );
      }
    },
  ],
  [
    'GET /sessions/{id} | POST /sessions/{id}/revoke',
    sessionsApiAnswers.record,
    (client, run) => (run % 2 ? client.revoke('sess_1') : client.get('sess_1')),
    (value, answer) => {
      expectRecord(value as SessionRecord);
      if (answer.pristine)
        ensure((value as SessionRecord).id === (answer.source as { id: string }).id, 'id misread');
    },
  ],
  [
    'POST /sessions/{id}/tokens/{template}',
    sessionsApiAnswers.token,
    (client) => client.createToken('sess_1', 'default', { expiresInSeconds: 60 }),
    (value, answer) => {
      ensure(typeof value === 'string' && value !== '', 'a token that is no string');
      if (answer.pristine)
        ensure(value === (answer.source as { jwt: string }).jwt, 'token misread');
    },
  ],
];

/** The fuzz test of each call named; `file` is the test file's `import.meta.url`. */
export function fuzzSessionsApi(file: string, calls: readonly string[]): void {
  const counter = fuzzFigures(file);
  describe('fuzz: sessions API answers through the real client', () => {
    for (const [name, answers, call, check] of targets.filter(([name]) => calls.includes(name))) {
      it(`${name}: ${runsPerCall} answers, each the typed value or a SessionError`, async () => {
        const fuzz = fuzzSessionsClient();
        await checkEachAnswer(counter, fuzz, answers, async (answer, run) =>
          expectValueOrError(await settle(call(fuzz.client, run)), answer, (value) =>
            check(value, answer),
          ),
        );
      }, 120_000);
    }
  });
}
