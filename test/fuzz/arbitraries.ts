// fast-check arbitraries of server answers: valid wire bodies of every API generation, then
// the same bodies broken in every way a server, proxy or attacker can break them.
import fc from 'fast-check';
import { sessionRecordStatuses } from '../../src/sessions/schemas';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A generated record as JSON (its optional keys are absent, never `undefined`). */
const asJson = (value: object): Json => value as Json;

/** Defines `key` as an own, enumerable property (plain assignment to `__proto__` would set the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------------------------
// Strings and numbers, from tame to hostile
// ---------------------------------------------------------------------------------------------

const hostileStrings = [
  '',
  ' ',
  '\u0000',
  '\u202e\u0000\ud800',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '%00%2e%2e%2f',
  'NaN',
  'null',
  'undefined',
  '-1',
  '1e400',
  '9'.repeat(400),
  '😀'.repeat(50),
  '\\u0000',
];

/** Up to `max` characters of anything: ASCII, any code unit (lone surrogates too), graphemes. */
const textOf = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: 'binary', maxLength: max }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(max, 20) }),
  );

/** A huge string: 10 kB – 100 kB. */
export const hugeString = fc
  .tuple(fc.integer({ min: 10_000, max: 100_000 }), fc.constantFrom('a', '<', '😀', '\u0000', '"'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any string of normal size (huge ones come in through mutations, see `hostileValue`). */
export const anyString = fc.oneof(
  { weight: 6, arbitrary: textOf(24) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
);

const idString = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom('acc_', 'usr_', 'app_', 'rol_', 'x'), fc.nat())
      .map(([prefix, n]) => `${prefix}${n.toString(16)}`),
  },
  { weight: 2, arbitrary: anyString.filter((value) => value.length > 0) },
);

/** Unix time as the API sends it: seconds, milliseconds, or a numeric string. */
const unixTime = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 }),
  fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
);

const letters = fc.subarray(['c', 'r', 'u', 'd']).map((list) => list.join(''));
const featureId = fc.oneof(
  fc.constantFrom(
    'account-users',
    'payments',
    'reports',
    'account-settings',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: fc.constantFrom('a', 'b', 'x', '-', ':', ',', ' ', '*'), maxLength: 12 }),
);

// ---------------------------------------------------------------------------------------------
// Valid wire objects (snake_case, every documented field optional but the id)
// ---------------------------------------------------------------------------------------------

export const wireApp = fc.record(
  {
    id: idString,
    title: anyString,
    created: unixTime,
    login_url: anyString,
    reset_url: anyString,
    signup_url: anyString,
    network_url: anyString,
    stripe_pub_key: anyString,
    stripe_key_exists: fc.boolean(),
    allow_signup: fc.boolean(),
  },
  { requiredKeys: ['id'] },
);

export const wireAccount = fc.record(
  {
    id: idString,
    title: anyString,
    created: unixTime,
    address: anyString,
    city: anyString,
    url: anyString,
    contact_email: anyString,
    timezone_id: anyString,
    is_app_account: fc.boolean(),
    last_login: unixTime,
    utc_offset: fc.integer({ min: -50_400, max: 50_400 }),
    counters: fc.dictionary(featureId, fc.integer()),
    optional_features: fc.array(anyString, { maxLength: 5 }),
    stats: fc.dictionary(featureId, fc.integer()),
  },
  { requiredKeys: ['id'] },
);

export const wireUser = (locked: boolean) =>
  fc.record(
    {
      id: idString,
      created: unixTime,
      last_login: unixTime,
      username: anyString,
      name: anyString,
      email: anyString,
      avatar: fc.oneof(
        anyString,
        fc.constant('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
      avatar_color: fc.oneof(
        fc.constantFrom('#952c8b', '#fff', 'red;background:url(//evil.test)'),
        anyString,
      ),
      hidden_tips: fc.array(anyString, { maxLength: 5 }),
      screen_locked: fc.constant(locked),
      mobile_number: anyString,
      roles: fc.array(idString, { maxLength: 5 }),
      account_user: fc.integer(),
    },
    { requiredKeys: locked ? ['id', 'screen_locked'] : ['id'] },
  );

export const wireAlert = fc.record(
  {
    id: idString,
    title: fc.option(anyString),
    description: anyString,
    text: fc.option(anyString),
    href: fc.oneof(
      fc.constantFrom('', '/pay', 'https://ok.test', 'javascript:alert(1)', '//evil.test'),
      anyString,
    ),
    access: fc.oneof(
      fc.constantFrom('*', 'payments:u', 'reports:r, payments', '__proto__'),
      anyString,
    ),
    priority: fc.option(fc.integer({ min: -5, max: 10 })),
    timestamp: unixTime,
  },
  { requiredKeys: ['id'] },
);

export const wireAccess = fc.dictionary(featureId, letters, { maxKeys: 8 });

/** An account list in each of its three shapes: map, `[{id: title}]`, `[{id, title}]`. */
export const wireAccountList = fc.oneof(
  fc.dictionary(idString, anyString, { maxKeys: 6 }),
  fc.array(
    fc.tuple(idString, anyString).map(([id, title]) => ({ [id]: title })),
    { maxLength: 6 },
  ),
  fc.array(fc.record({ id: fc.oneof(idString, fc.integer({ min: 0 })), title: anyString }), {
    maxLength: 6,
  }),
);

export const wireAccountChoices = fc.record({
  accounts: wireAccountList,
  last_login: fc.oneof(idString, fc.integer({ min: 0 }), fc.constant(null)),
});

/** Empty where an object belongs: PHP sends `[]`, others `{}` or `null`. */
const emptyObject = fc.constantFrom<Json>({}, [], null);

export type Generation =
  | 'signed_out'
  | 'signed_in'
  | 'select_account'
  | 'select_account_legacy'
  | 'locked'
  | 'change_account';

/** What the kit must read a valid answer of each generation as. */
export const expectedStatus: Record<Generation, string> = {
  signed_out: 'unauthenticated',
  signed_in: 'authenticated',
  select_account: 'select_account',
  select_account_legacy: 'select_account',
  locked: 'locked',
  change_account: 'authenticated',
};

const jwtLike = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.nat(), fc.nat(), fc.nat())
    .map((parts) => parts.map((part) => `eyJ${part.toString(36)}`).join('.')),
);

/** Bodies of `model` (only `requiredKeys` always present), labelled with their `generation`. */
const generated = <Model extends Record<string, fc.Arbitrary<unknown>>>(
  generation: Generation,
  model: Model,
  requiredKeys: (keyof Model & string)[],
) => fc.record(model, { requiredKeys }).map((body) => ({ generation, body: asJson(body) }));

/** A valid session answer of one generation, as a server of that generation sends it. */
export const validSession: fc.Arbitrary<{ generation: Generation | null; body: Json }> = fc.oneof(
  generated(
    'signed_out',
    {
      jwt: fc.constant(''),
      auth: fc.constant(false),
      app: wireApp,
      account: emptyObject,
      user: emptyObject,
      access: fc.constantFrom<Json>({}, []),
      alerts: fc.constant([]),
      signal: fc.constantFrom('login', 'logout'),
    },
    ['auth', 'app'],
  ),
  generated(
    'signed_in',
    {
      jwt: jwtLike,
      auth: fc.constant(true),
      app: wireApp,
      account: wireAccount,
      user: wireUser(false),
      access: wireAccess,
      alerts: fc.array(wireAlert, { maxLength: 5 }),
      access_signature: fc.nat().map((n) => n.toString(16).padStart(32, '0')),
    },
    ['account', 'user'],
  ),
  generated(
    'select_account',
    {
      auth: wireAccountChoices.map((choices) => ({ select_account: choices })),
      app: wireApp,
      user: wireUser(false),
      account: emptyObject,
      access: fc.constantFrom<Json>({}, []),
    },
    ['auth'],
  ),
  generated(
    'select_account_legacy',
    {
      auth: fc.constant(false),
      signal: fc.constant('select_account'),
      signal_data: wireAccountChoices,
      app: wireApp,
      user: wireUser(false),
      account: emptyObject,
    },
    ['signal', 'signal_data'],
  ),
  generated(
    'locked',
    {
      auth: fc.constant(true),
      app: wireApp,
      account: wireAccount,
      user: wireUser(true),
      access: fc.constantFrom<Json>({}, []),
    },
    ['account', 'user'],
  ),
  generated(
    'change_account',
    {
      jwt: jwtLike,
      auth: fc.constant(true),
      account: wireAccount,
      user: wireUser(false),
      access: wireAccess,
      alerts: fc.array(wireAlert, { maxLength: 3 }),
    },
    ['auth', 'account', 'user'],
  ),
);

// ---------------------------------------------------------------------------------------------
// Breaking a body: structural mutations at random places
// ---------------------------------------------------------------------------------------------

/** A deeply nested value: `depth` levels of arrays or objects. */
const deep = (depth: number, asArray: boolean): Json => {
  let value: Json = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
};

/** An object with an own `key` (for `__proto__` and friends). */
const withOwn = (key: string, value: unknown): Json => {
  const target: Record<string, unknown> = {};
  setOwn(target, key, value);
  return target as Json;
};

/** Values of the wrong type and hostile values, of normal size. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Json>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e308,
      -1e308,
      '',
      [],
      {},
      'true',
      '1',
    ),
  },
  { weight: 2, arbitrary: anyString },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 20, max: 400 }), fc.boolean())
      .map(([depth, asArray]) => deep(depth, asArray)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      withOwn('__proto__', { polluted: 'yes', isAdmin: true }),
      withOwn('constructor', { prototype: { polluted: 'yes' } }),
      withOwn('prototype', { polluted: 'yes' }),
      withOwn('__proto__', 'crud'),
    ),
  },
);

/** A huge value: a 10–100 kB string, or an array of 2,000–10,000 items. */
export const hugeValue: fc.Arbitrary<Json> = fc.oneof(
  hugeString,
  fc
    .tuple(
      fc.integer({ min: 2_000, max: 10_000 }),
      fc.constantFrom<Json>(1, 'x', null, {}, { id: 'acc_1' }),
    )
    .map(([length, item]) => Array.from({ length }, () => item)),
);

/** What a mutation puts in: hostile values, and now and then a huge one. */
const insertedValue = fc.oneof(
  { weight: 150, arbitrary: hostileValue },
  { weight: 1, arbitrary: hugeValue },
);

type Mutation =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'extra'; at: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: insertedValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('extra' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'error',
        'success',
        'errors',
        'toString',
      ),
      fc.string({ maxLength: 10 }),
    ),
    value: insertedValue,
  }),
);

interface Slot {
  parent: Json[] | Record<string, Json>;
  key: string | number;
}

/** Every slot (property or array item) of `value`, parents first. Huge arrays count as one slot. */
function slotsOf(value: Json, into: Slot[] = [], depth = 0): Slot[] {
  if (depth > 8 || value === null || typeof value !== 'object') return into;
  const keys: (string | number)[] = Array.isArray(value)
    ? value.length > 50
      ? []
      : value.map((_, index) => index)
    : Object.keys(value);
  for (const key of keys) {
    into.push({ parent: value, key });
    slotsOf((value as Record<string | number, Json>)[key] as Json, into, depth + 1);
  }
  return into;
}

/** Objects (and arrays) inside `value`, the root first. */
function containersOf(
  value: Json,
  into: (Json[] | Record<string, Json>)[] = [],
  depth = 0,
): (Json[] | Record<string, Json>)[] {
  if (depth > 8 || value === null || typeof value !== 'object') return into;
  into.push(value);
  const children = Array.isArray(value) ? (value.length > 50 ? [] : value) : Object.values(value);
  for (const child of children) containersOf(child, into, depth + 1);
  return into;
}

/** A copy that keeps own `__proto__` keys (structuredClone would too, but and is slower). */
function copy(value: Json): Json {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const target: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(target, key, copy(value[key] as Json));
  return target as Json;
}

export function applyMutations(body: Json, mutations: readonly Mutation[]): Json {
  let root = copy(body);
  for (const change of mutations) {
    if (change.op === 'extra') {
      const containers = containersOf(root).filter((container) => !Array.isArray(container));
      const target = containers[change.at % Math.max(1, containers.length)];
      if (target && !Array.isArray(target)) setOwn(target, change.key, copy(change.value));
      continue;
    }
    const slots = slotsOf(root);
    if (slots.length === 0) {
      if (change.op === 'replace') root = copy(change.value);
      continue;
    }
    const { parent, key } = slots[change.at % slots.length]!;
    if (change.op === 'replace') {
      if (Array.isArray(parent)) parent[key as number] = copy(change.value);
      else setOwn(parent, key as string, copy(change.value));
    } else if (Array.isArray(parent)) {
      parent.splice(key as number, 1);
    } else {
      delete parent[key as string];
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Envelopes, text and HTTP
// ---------------------------------------------------------------------------------------------

export type Envelope = 'bare' | 'data' | 'payload';

export function envelop(body: Json, envelope: Envelope, message = ''): Json {
  return envelope === 'bare' ? body : { success: true, message, [envelope]: body };
}

/** An odd envelope: `success` of the wrong type, both payloads, none, `success: false` with a body. */
export const oddEnvelope = fc.oneof(
  fc.constant((body: Json): Json => ({ success: 'true', data: body })),
  fc.constant((body: Json): Json => ({ success: true, data: body, payload: null })),
  fc.constant((_body: Json): Json => ({ success: true, message: 'ok' })),
  fc.constant((body: Json): Json => ({ success: false, message: 'nope', data: body })),
  fc.constant((body: Json): Json => ({ success: 1, payload: body })),
  fc.constant((body: Json): Json => [body]),
  fc.constant((body: Json): Json => ({ data: { data: body }, success: true })),
);

const htmlPages = [
  '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
  '<html><head><meta http-equiv="refresh" content="0;url=https://captive.portal.test"></head></html>',
  '<script>alert(document.cookie)</script>',
  '<?xml version="1.0"?><error>nope</error>',
];

/** What can happen to the text on its way: nothing mostly, or it stops being JSON. */
export const textDamage: fc.Arbitrary<(text: string) => string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant((text: string) => text) },
  {
    weight: 1,
    arbitrary: fc
      .nat()
      .map((cut) => (text: string) => text.slice(0, cut % Math.max(1, text.length))),
  },
  { weight: 1, arbitrary: fc.constantFrom(...htmlPages).map((page) => () => page) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '',
        ' ',
        '\n\t',
        'null',
        'true',
        '0',
        '"text"',
        '[]',
        '{}',
        'NaN',
        'undefined',
        '\ufeff{}',
        ")]}',\n{}",
      )
      .map((raw) => () => raw),
  },
  { weight: 1, arbitrary: fc.constant((text: string) => `\ufeff${text}`) },
  { weight: 1, arbitrary: fc.constant((text: string) => `)]}',\n${text}`) },
  // Numbers JSON.stringify never writes: out of range, huge integers, negative zero.
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('1e400', '-1e400', '123456789012345678901234567890', '-0', '1e-400')
      .map((raw) => (text: string) => text.replace(/-?\d+(\.\d+)?/, raw)),
  },
  // Duplicate keys: the last one wins in JSON.parse.
  {
    weight: 1,
    arbitrary: fc.constant((text: string) =>
      text.startsWith('{') && text.length > 2 ? `{"auth":false,"user":"x",${text.slice(1)}` : text,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant((text: string) =>
      text.startsWith('{') && text.length > 2
        ? `${text.slice(0, -1)},"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`
        : text,
    ),
  },
);

const okStatuses = [200, 200, 200, 200, 201, 202, 203, 206];
const errorStatuses = [400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 500, 502, 503, 504, 599];

/** The HTTP status: 200 mostly, any error status, the odd redirect or null-body status. */
export const httpStatus = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...okStatuses) },
  { weight: 3, arbitrary: fc.constantFrom(...errorStatuses) },
  { weight: 1, arbitrary: fc.constantFrom(204, 205, 300, 302, 304, 307) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
);

const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 60,
});

/** Response headers: session status, X-JWT, Retry-After and Content-Type, right or wrong. */
export const responseHeaders = fc.record(
  {
    'X-Session-Status': fc.oneof(
      fc.constantFrom('auth', 'current', 'stale', ' STALE ', 'Current', ''),
      headerText,
    ),
    'X-JWT': fc.oneof(jwtLike, headerText),
    'Retry-After': fc.oneof(
      fc.integer({ min: 0, max: 3600 }).map(String),
      fc.constantFrom(
        '-1',
        '1.5',
        'soon',
        'Wed, 21 Oct 2015 07:28:00 GMT',
        'Fri, 31 Dec 9999 23:59:59 GMT',
        '1e400',
        '',
      ),
      headerText,
    ),
    'Content-Type': fc.constantFrom(
      'application/json',
      'text/html',
      'text/plain',
      'application/problem+json',
    ),
  },
  { requiredKeys: [] },
);

/** One HTTP answer as the test's `fetch` will give it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** `network`: fetch rejects; `broken-body`: the body stream errors half-way. */
  failure: 'none' | 'network' | 'broken-body';
  /** The generation (or kind) the body was valid for before anything was done to it. */
  generation: string | null;
  /** The body before mutations and envelope. */
  source: Json;
  envelope: Envelope | 'odd' | 'none';
  /** No mutation, no damage to the text, a standard envelope, and the body arrived. */
  intact: boolean;
  /** A valid body of a known generation, sent as it is with status 200: the kit must read it. */
  pristine: boolean;
}

export const failure = fc.oneof(
  { weight: 40, arbitrary: fc.constant('none' as const) },
  { weight: 1, arbitrary: fc.constant('network' as const) },
  { weight: 1, arbitrary: fc.constant('broken-body' as const) },
);

/** A body (and the generation it is valid for, if any) → an HTTP answer: maybe mutated, enveloped, damaged, with any status and headers. */
export function answerOf(
  source: fc.Arbitrary<{ generation: string | null; body: Json }>,
  options: { mutate: boolean } = { mutate: true },
): fc.Arbitrary<Answer> {
  const envelopes: fc.Arbitrary<{ name: Answer['envelope']; wrap: (body: Json) => Json }> =
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .constantFrom<Envelope>('bare', 'data', 'payload')
          .map((name) => ({ name, wrap: (body: Json) => envelop(body, name) })),
      },
      { weight: 1, arbitrary: oddEnvelope.map((wrap) => ({ name: 'odd' as const, wrap })) },
    );
  return fc
    .record({
      source,
      mutations: options.mutate
        ? fc.oneof(
            { weight: 1, arbitrary: fc.constant([]) },
            { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) },
          )
        : fc.constant([]),
      envelope: envelopes,
      damage: textDamage,
      status: httpStatus,
      headers: responseHeaders,
      failure,
    })
    .map(
      ({
        source: { generation, body },
        mutations,
        envelope,
        damage,
        status,
        headers,
        failure: fails,
      }): Answer => {
        const json = JSON.stringify(envelope.wrap(applyMutations(body, mutations)));
        const text = damage(json);
        const effective = effectiveFailure(status, fails);
        const intact =
          mutations.length === 0 &&
          text === json &&
          effective === 'none' &&
          envelope.name !== 'odd' &&
          !nullBodyStatuses.has(status);
        return {
          status,
          headers,
          text,
          failure: effective,
          generation,
          source: body,
          envelope: envelope.name,
          intact,
          pristine: intact && generation !== null && status === 200,
        };
      },
    );
}

/** Any JSON body, with no generation it is valid for. */
export const unlabelled = (body: fc.Arbitrary<Json>) =>
  body.map((value) => ({ generation: null, body: value }));

/** A JSON body valid as `kind`. */
export const labelled = (kind: string, body: fc.Arbitrary<Json>) =>
  body.map((value) => ({ generation: kind, body: value }));

/** Anything at all as the body: random JSON, random text. */
export const anyAnswer: fc.Arbitrary<Answer> = fc
  .record({
    text: fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      insertedValue.map((value) => JSON.stringify(value)),
    ),
    status: httpStatus,
    headers: responseHeaders,
    failure,
  })
  .map((answer): Answer => ({
    ...answer,
    failure: effectiveFailure(answer.status, answer.failure),
    generation: null,
    source: null,
    envelope: 'none',
    intact: false,
    pristine: false,
  }));

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** A null-body status (204, 304, …) has no body to break. */
function effectiveFailure(status: number, fails: Answer['failure']): Answer['failure'] {
  return fails === 'broken-body' && nullBodyStatuses.has(status) ? 'none' : fails;
}

/** The `Response` of an answer; `fetch` gives it or rejects. */
export function responseOf(answer: Answer): Response {
  const body = nullBodyStatuses.has(answer.status)
    ? null
    : answer.failure === 'broken-body'
      ? brokenStream(answer.text)
      : answer.text;
  return new Response(body, { status: answer.status, headers: answer.headers });
}

function brokenStream(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError('connection reset'));
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Error bodies of every generation
// ---------------------------------------------------------------------------------------------

const fieldMessages = fc.dictionary(
  fc.oneof(
    fc.constantFrom('username', 'password', 'account_id', 'email', '__proto__', 'constructor'),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(anyString, fc.array(anyString, { minLength: 1, maxLength: 3 })),
  { maxKeys: 4 },
);
const errorCode = fc.oneof(
  fc.constantFrom(400, 401, 403, 404, 429, 500),
  fc.constantFrom('400', '401', '429', 'E_LOGIN', 'session_revoked'),
  fc.integer(),
);

export const wireErrorBody: fc.Arbitrary<Json> = fc.oneof(
  fc.record({
    error: fc.record(
      {
        type: fc.constantFrom('user', 'codebase', 'system'),
        code: errorCode,
        message: anyString,
        fields: fieldMessages,
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record(
    {
      success: fc.constant(false),
      message: anyString,
      code: errorCode,
      data: fc.record({ fields: fieldMessages }),
    },
    { requiredKeys: ['success'] },
  ),
  fc.record(
    {
      success: fc.constant(false),
      message: anyString,
      payload: fc.record({ error: fc.record({ fields: fieldMessages }) }),
    },
    { requiredKeys: ['success'] },
  ),
  fc.record({
    errors: fc.array(
      fc.record(
        { code: errorCode, message: anyString, long_message: anyString },
        { requiredKeys: [] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({ error: anyString }),
) as fc.Arbitrary<Json>;

/** Answers to a call whose answer is a session: mostly session bodies (valid or broken), then error bodies, then anything. */
export const sessionAnswers: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 7, arbitrary: answerOf(validSession) },
  { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
  { weight: 1, arbitrary: anyAnswer },
);

/** Answers to a call whose answer is an account list: `{accounts, last_login}` or a bare list. */
export const choicesAnswers: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 7,
    arbitrary: answerOf(
      fc.oneof(
        labelled('choices', wireAccountChoices as fc.Arbitrary<Json>),
        labelled('list', wireAccountList as fc.Arbitrary<Json>),
      ),
    ),
  },
  { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
  { weight: 1, arbitrary: anyAnswer },
);

/** Answers to the password calls: mostly error bodies, a success message now and then, and garbage. */
export const actionAnswers: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 7, arbitrary: answerOf(labelled('error', wireErrorBody)) },
  {
    weight: 1,
    arbitrary: answerOf(
      labelled(
        'success',
        fc.record({ success: fc.constant(true), message: anyString }) as fc.Arbitrary<Json>,
      ),
    ),
  },
  { weight: 1, arbitrary: anyAnswer },
);

// ---------------------------------------------------------------------------------------------
// The sessions API (seed 002)
// ---------------------------------------------------------------------------------------------

const recordStatus = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(...sessionRecordStatuses),
  },
  { weight: 1, arbitrary: fc.constantFrom('suspended', 'ACTIVE', '<b>x</b>') },
);

/** Unix seconds (the session API of seeds 000/001) or milliseconds (upstream), as numbers or numeric strings. */
const epoch = fc.oneof(
  fc.integer({ min: 1_500_000_000, max: 2_000_000_000 }),
  fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }),
  fc.integer({ min: 1_500_000_000, max: 2_000_000_000 }).map(String),
  fc.constant(0),
);

export const wireSessionRecord = fc.record(
  {
    object: fc.constant('session'),
    id: fc.oneof(
      fc.nat().map((n) => `sess_${n.toString(36)}`),
      anyString.filter((id) => id !== ''),
    ),
    user_id: idString,
    client_id: idString,
    status: recordStatus,
    actor: fc.option(
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    ),
    last_active_organization_id: fc.option(idString),
    last_active_at: epoch,
    expire_at: epoch,
    abandon_at: epoch,
    updated_at: epoch,
    created_at: epoch,
    latest_activity: fc.option(
      fc.record(
        {
          object: fc.constant('session_activity'),
          id: idString,
          device_type: anyString,
          is_mobile: fc.boolean(),
          browser_name: anyString,
          browser_version: anyString,
          ip_address: fc.oneof(fc.ipV4(), fc.ipV6(), anyString),
          city: anyString,
          country: anyString,
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['id', 'user_id', 'status'] },
) as fc.Arbitrary<Json>;

const recordList = fc.array(wireSessionRecord, { maxLength: 4 });

/** Answers of `GET /sessions`, `GET /sessions?paginated=true`, `GET|POST /sessions/{id}[/revoke]`, and tokens. */
export const sessionsApiAnswers = {
  list: fc.oneof(
    { weight: 7, arbitrary: answerOf(labelled('list', recordList as fc.Arbitrary<Json>)) },
    { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
    { weight: 1, arbitrary: anyAnswer },
  ),
  page: fc.oneof(
    {
      weight: 7,
      arbitrary: answerOf(
        fc.oneof(
          labelled(
            'page',
            fc.record({
              data: recordList,
              total_count: fc.nat({ max: 10_000 }),
            }) as fc.Arbitrary<Json>,
          ),
          labelled('list', recordList as fc.Arbitrary<Json>),
        ),
      ),
    },
    { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
    { weight: 1, arbitrary: anyAnswer },
  ),
  record: fc.oneof(
    { weight: 7, arbitrary: answerOf(labelled('record', wireSessionRecord)) },
    { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
    { weight: 1, arbitrary: anyAnswer },
  ),
  token: fc.oneof(
    {
      weight: 7,
      arbitrary: answerOf(
        labelled(
          'token',
          fc.record(
            {
              object: fc.constant('token'),
              jwt: fc.oneof(
                jwtLike.filter((jwt) => jwt !== ''),
                anyString.filter((jwt) => jwt !== ''),
              ),
            },
            { requiredKeys: ['jwt'] },
          ) as fc.Arbitrary<Json>,
        ),
      ),
    },
    { weight: 2, arbitrary: answerOf(unlabelled(wireErrorBody)) },
    { weight: 1, arbitrary: anyAnswer },
  ),
};
