// CPU costs measured in this Node process on the built package: reading a large session answer
// into the kit's model, and access checks. Medians over repeated runs, after warm-up.
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const features = 1_000;
const alerts = 1000;

/** A session answer as `GET /app/session` sends it, with 1,000 access features and 1,000 alerts. */
export function largeAnswer() {
  const access = {};
  for (let index = 0; index < features; index += 1)
    access[`feature-${index}`] = ['r', 'cr', 'crud', 'ru'][index % 4];
  return {
    jwt: 'eyJhbGciOiJub25lIn0.eyJzaWQiOiJiZW5jaCJ9.',
    auth: true,
    app: { id: 'app_1', title: 'Bench App', created: 1620000000, allow_signup: true },
    account: {
      id: 'acc_1',
      title: 'Bench Account',
      created: 1670635932,
      city: 'Any Town',
      timezone_id: 'America/New_York',
      last_login: 1727003260,
      counters: { users: 10 },
      optional_features: ['reports'],
      stats: { user_count: 10 },
    },
    user: {
      id: 'usr_1',
      created: 1670635932,
      username: 'bench',
      name: 'Bench User',
      email: 'bench@example.test',
      roles: ['admin'],
      hidden_tips: [],
      screen_locked: false,
    },
    access,
    alerts: Array.from({ length: alerts }, (_, index) => ({
      id: `alert-${index}`,
      title: `Alert ${index}`,
      description: 'Alerts you when something happens.',
      text: 'Something happened in your account that you should know about.',
      href: `/alerts/${index}`,
      access: `feature-${index}:r`,
      priority: (index % 3) + 1,
      timestamp: 1727348860 - index * 60,
    })),
    access_signature: 'sig',
  };
}

/**
 * Runs `work` and `reference` alternately (`warmup` times each, then `runs` timed times each), so
 * both see the same machine load; returns both medians (ms) and their ratio.
 */
function sideBySide(work, reference, { warmup, runs }) {
  for (let index = 0; index < warmup; index += 1) {
    work();
    reference();
  }
  const times = [];
  const referenceTimes = [];
  for (let index = 0; index < runs; index += 1) {
    let start = performance.now();
    work();
    times.push(performance.now() - start);
    start = performance.now();
    reference();
    referenceTimes.push(performance.now() - start);
  }
  const medianMs = median(times);
  const referenceMs = median(referenceTimes);
  return { medianMs, referenceMs, ratio: medianMs / referenceMs, runs };
}

export async function measureMicro(kitEntry) {
  const { sessionAnswerSchema, sessionSchema, hasAccess } = await import(kitEntry);
  const text = JSON.stringify(largeAnswer());
  const session = sessionAnswerSchema.parse(JSON.parse(text));
  if (Object.keys(session.access).length !== features || session.alerts.length !== alerts) {
    throw new Error('bench: the large session did not parse into 1,000 features and 1,000 alerts');
  }
  // What a refresh does with the answer (JSON text → the kit's Session), and what a reload does
  // with the stored session (sessionSchema, the check of storage and of other tabs' messages);
  // each beside JSON.parse of the same text, the least any reader of that text pays.
  const parseAnswer = sideBySide(
    () => sessionAnswerSchema.parse(JSON.parse(text)),
    () => JSON.parse(text),
    { warmup: 30, runs: 101 },
  );
  const storedText = JSON.stringify(session);
  const parseStored = sideBySide(
    () => sessionSchema.parse(JSON.parse(storedText)),
    () => JSON.parse(storedText),
    { warmup: 30, runs: 101 },
  );

  // 1,000,000 checks: 1,000 requirements of every form against the 1,000-feature map, 1,000 times.
  const requirements = Array.from({ length: 1_000 }, (_, index) => {
    switch (index % 5) {
      case 0:
        return `feature-${index}:r`;
      case 1:
        return `feature-${index}`;
      case 2:
        return `missing-${index}:c`;
      case 3:
        return `missing-${index}:u, feature-${index}:d`;
      default:
        return '*';
    }
  });
  let granted = 0;
  let found = 0;
  // Beside the same loop doing a plain own-property lookup of each requirement string.
  const checks = sideBySide(
    () => {
      for (let pass = 0; pass < 1_000; pass += 1) {
        for (const requirement of requirements)
          if (hasAccess(session.access, requirement)) granted += 1;
      }
    },
    () => {
      for (let pass = 0; pass < 1_000; pass += 1) {
        for (const requirement of requirements)
          if (Object.hasOwn(session.access, requirement)) found += 1;
      }
    },
    { warmup: 2, runs: 9 },
  );
  if (granted === 0 || found < 0) throw new Error('bench: no access check held');
  return {
    answerBytes: text.length,
    parseAnswer,
    parseStored,
    accessChecks: { ...checks, count: 1_000_000, nsPerCheck: (checks.medianMs * 1e6) / 1_000_000 },
  };
}
