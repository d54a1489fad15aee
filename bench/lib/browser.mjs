// Behaviour in real Chromium (Debian's /usr/bin/chromium through playwright-core): request counts,
// re-renders and reload frames of the bench page, against the mock backend on 127.0.0.1.
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from '../../scripts/chromium.mjs';
import { median } from './stats.mjs';

const session = 'GET /app/session';

const bench = (page) =>
  page.evaluate(() => ({ ...window.__bench, renders: { ...window.__bench.renders } }));

async function waitFor(check, what, timeoutMs = 15_000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Opens `query` and waits until the signed-in UI shows and the mount revalidation has answered. */
async function open(page, origin, query) {
  await page.goto(`${origin}/?${query}`);
  await page.waitForSelector('[data-bench-state="signed-in"]');
  await waitFor(async () => (await bench(page)).fetched >= 1, 'the mount revalidation');
}

/** Waits until the page has made `count` more session fetches than `from`. */
const fetchesReach = (page, count) =>
  waitFor(async () => (await bench(page)).fetched >= count, `${count} session fetches`, 60_000);

/**
 * Session requests per refresh with `n` mounted `useSession()` consumers: between two
 * refreshes observed by the page, K refresh periods apart, the requests the server received.
 */
async function consumersPerRefresh(context, server, n, { interval, periods }) {
  const page = await context.newPage();
  server.resetCounts();
  await open(page, server.origin, `scenario=consumers&n=${n}&interval=${interval}`);
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-consumer]').length === count,
    n,
  );
  const onMount = server.count(session);
  const first = (await bench(page)).fetched;
  await fetchesReach(page, first + 1); // a refresh has just answered: start counting
  server.resetCounts();
  const start = (await bench(page)).fetched;
  await fetchesReach(page, start + periods);
  const requests = server.count(session);
  await page.close();
  return { n, onMount, requests, refreshes: periods, perRefresh: requests / periods };
}

/**
 * Requests caused by a burst of window-focus events (20 events, 5 ms apart), with the session
 * fresh (fetched within `staleTime`), and as a control with the session already stale.
 */
async function focusBurst(context, server, { stale }) {
  const page = await context.newPage();
  const query = `scenario=consumers&n=10${stale ? '&stale=0' : ''}`;
  await open(page, server.origin, query);
  await sleep(300); // let the mount revalidation settle
  server.resetCounts();
  await page.evaluate(() => window.__bench.focusBurst(20, 5));
  await sleep(1_000);
  const requests = server.count(session);
  await page.close();
  return requests;
}

/** Four tabs of one browser on one session: requests over `periods` refresh periods, all tabs together. */
async function fourTabs(browser, server, { interval, periods, tabs = 4, cookie }) {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  // The first tab stores the session (a signed-in app as the user left it); then the others open.
  const pages = [];
  server.resetCounts();
  for (let index = 0; index < tabs; index += 1) {
    const page = await context.newPage();
    await open(page, server.origin, `scenario=app&interval=${interval}`);
    pages.push(page);
  }
  const onOpen = server.count(session);
  await sleep(interval * 1.5);
  const before = await Promise.all(pages.map(bench));
  server.resetCounts();
  await sleep(interval * periods);
  const requests = server.count(session);
  const after = await Promise.all(pages.map(bench));
  await context.close();
  return {
    tabs,
    onOpen,
    requests,
    periods,
    perPeriod: requests / periods,
    startedByTab: after.map((state, index) => state.started - before[index].started),
    fetchedByTab: after.map((state, index) => state.fetched - before[index].fetched),
    receivedByTab: after.map((state, index) => state.received - before[index].received),
  };
}

/**
 * Commits of a `useAccess` consumer, a `useSession(selector)` consumer and a whole-session
 * consumer when the server changes a part of the session none of the first two reads (a new
 * alert and access to another feature); then, as a control, when the checked access changes.
 */
async function reRenders(context, server) {
  const page = await context.newPage();
  await open(page, server.origin, 'scenario=renders');
  await sleep(300);
  const refreshAfter = async (change) => {
    const before = await bench(page);
    server.backend.bumpSession(change);
    await page.evaluate(() => window.__bench.refetch());
    await fetchesReach(page, before.fetched + 1);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const after = await bench(page);
    return Object.fromEntries(
      Object.keys(after.renders).map((key) => [key, after.renders[key] - before.renders[key]]),
    );
  };
  const unrelated = await refreshAfter({
    alert: {
      id: 'bench-alert',
      title: 'Bench alert',
      description: 'Added by the benchmark.',
      text: 'An unrelated change.',
      href: '',
      access: '*',
      priority: 3,
      timestamp: Math.floor(Date.now() / 1000),
    },
    access: { 'unrelated-feature': 'crud' },
  });
  const related = await refreshAfter({ alert: null, access: { 'bench-feature': 'r' } });
  await page.close();
  return { unrelated, related };
}

/**
 * Reloads of a signed-in app: per reload, the frames painted before the signed-in UI (blank ones,
 * before the app rendered, and loading or login ones), and the time from navigation start to the
 * first frame showing signed-in content.
 */
async function reloads(context, server, { storage, times }) {
  const page = await context.newPage();
  await open(page, server.origin, `scenario=app&storage=${storage}`);
  await sleep(200);
  const runs = [];
  for (let index = 0; index < times; index += 1) {
    await page.reload();
    await page.waitForFunction(
      () => window.__frames.filter(([, state]) => state === 'signed-in').length >= 3,
    );
    const frames = await page.evaluate(() => window.__frames);
    const first = frames.findIndex(([, state]) => state === 'signed-in');
    const before = frames.slice(0, first);
    runs.push({
      blank: before.filter(([, state]) => state === 'blank').length,
      loadingOrLogin: before.filter(([, state]) => state === 'loading' || state === 'login').length,
      signedInAtMs: frames[first][0],
    });
    await sleep(100);
  }
  await page.close();
  return {
    storage,
    times,
    loadingOrLoginFrames: runs.reduce((sum, run) => sum + run.loadingOrLogin, 0),
    maxLoadingOrLoginFrames: Math.max(...runs.map((run) => run.loadingOrLogin)),
    medianBlankFrames: median(runs.map((run) => run.blank)),
    medianSignedInMs: median(runs.map((run) => run.signedInAtMs)),
    minSignedInMs: Math.min(...runs.map((run) => run.signedInAtMs)),
    maxSignedInMs: Math.max(...runs.map((run) => run.signedInAtMs)),
  };
}

/** Refresh periods (`refetchInterval`, ms) and how many of them each count spans. */
const settings = {
  consumers: { interval: 1_000, periods: 5 },
  tabs: { interval: 2_000, periods: 5, tabs: 4 },
};

/**
 * Rendering `<AlertBanner>` under a session of 1,000 alerts against one of a single alert, runs
 * alternated side by side in one page after a warm-up: medians of the mount (render and commit).
 */
async function renderAlerts(context, server, { runs = 31, warmUp = 5 } = {}) {
  const page = await context.newPage();
  await open(page, server.origin, 'scenario=app');
  const times = await page.evaluate(
    ({ runs, warmUp }) => {
      const many = [];
      const one = [];
      for (let index = 0; index < warmUp + runs; index += 1) {
        const manyMs = window.__bench.renderAlerts(1000);
        const oneMs = window.__bench.renderAlerts(1);
        if (index < warmUp) continue;
        many.push(manyMs);
        one.push(oneMs);
      }
      return { many, one };
    },
    { runs, warmUp },
  );
  await page.close();
  const manyMs = median(times.many);
  const oneMs = median(times.one);
  return { runs, manyMs, oneMs, ratio: manyMs / oneMs };
}

export async function measureBehaviour({ server, log = () => {} }) {
  const browser = await launchChromium();
  try {
    const version = browser.version();
    const cookie = await server.signIn();
    const context = await browser.newContext();
    await context.addCookies([cookie]);
    // First visit: no stored session yet; signs the browser's storage in for the runs below.
    const first = await context.newPage();
    await open(first, server.origin, 'scenario=app');
    await first.close();

    const consumers = [];
    for (const n of [1, 10, 100]) {
      log(`consumers: ${n}`);
      consumers.push(await consumersPerRefresh(context, server, n, settings.consumers));
    }
    log('focus bursts');
    const focusFresh = await focusBurst(context, server, { stale: false });
    const focusStale = await focusBurst(context, server, { stale: true });
    log('re-renders');
    const renders = await reRenders(context, server);
    log('alerts');
    const alertsRender = await renderAlerts(context, server);
    log('reloads');
    const reloadStored = await reloads(context, server, { storage: 'local', times: 15 });
    const reloadMemory = await reloads(context, server, { storage: 'memory', times: 15 });
    await context.close();
    log('four tabs');
    const tabs = await fourTabs(browser, server, { ...settings.tabs, cookie });
    return {
      settings,
      chromium: version,
      consumers,
      focusFresh,
      focusStale,
      renders,
      reloadStored,
      reloadMemory,
      alertsRender,
      tabs,
    };
  } finally {
    await browser.close();
  }
}
