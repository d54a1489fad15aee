import type { Page } from 'playwright-core';

/** What one animation frame of the page showed, or what the page showed after one React commit. */
export interface PaintEntry {
  /** `performance.now()` when it was recorded. */
  at: number;
  /** A visible "Loading…" status (the examples' gate while the session loads). */
  loading: boolean;
  /** The signed-in header (`data-testid="user"`). */
  signedIn: boolean;
}

export interface PaintLog {
  /**
   * One entry per animation frame, taken in its `requestAnimationFrame` callback, right before the
   * browser paints that frame: the DOM then is what the frame shows.
   */
  frames: PaintEntry[];
  /** One entry per React commit (through React's DevTools hook), after its layout effects. */
  commits: PaintEntry[];
}

/**
 * Installed with `addInitScript`, before any script of the page: logs what each frame paints and
 * what each React commit leaves in the DOM, for `paintLogOf`. React (18 and 19, production builds
 * too) reports its commits to `__REACT_DEVTOOLS_GLOBAL_HOOK__` when the page defines one.
 */
export const paintRecorder = () => {
  const log: PaintLog = { frames: [], commits: [] };
  (window as unknown as { __paintLog: PaintLog }).__paintLog = log;
  const entry = (): PaintEntry => ({
    at: performance.now(),
    // Visible only: streamed HTML waits in a hidden node until Next moves it into place.
    loading: [...document.querySelectorAll('[role="status"]')].some(
      (node) => node.textContent?.trim() === 'Loading…' && node.checkVisibility(),
    ),
    signedIn: document.querySelector('[data-testid="user"]') !== null,
  });
  const frame = () => {
    log.frames.push(entry());
    if (log.frames.length < 2000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ =
    {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberRoot: () => log.commits.push(entry()),
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
    };
};

export const paintLogOf = (page: Page): Promise<PaintLog> =>
  page.evaluate(() => (window as unknown as { __paintLog: PaintLog }).__paintLog);

/** The figures of a load: frames painted, how many showed "Loading…", when signed in first showed. */
export function paintFigures({ frames, commits }: PaintLog) {
  const firstSignedIn = frames.find((frame) => frame.signedIn);
  // The commit that hydrated the last "Loading…" (the server's), and the one that replaced it.
  const lastLoadingCommit = commits.findLast((commit) => commit.loading);
  const replacedAt = lastLoadingCommit
    ? commits.find((commit) => commit.at >= lastLoadingCommit.at && !commit.loading)?.at
    : undefined;
  const round = (at: number | undefined) => (at === undefined ? undefined : Math.round(at));
  return {
    frames: frames.length,
    loadingFrames: frames.filter((frame) => frame.loading).length,
    /** Frames painted between React's last commit that showed "Loading…" and the next commit. */
    loadingFramesAfterItsCommit: lastLoadingCommit
      ? frames.filter(
          (frame) => frame.at > lastLoadingCommit.at && frame.at < (replacedAt ?? Infinity),
        ).length
      : 0,
    firstCommitMs: round(commits[0]?.at),
    lastLoadingCommitMs: round(lastLoadingCommit?.at),
    replacedMs: round(replacedAt),
    firstSignedInFrameMs: round(firstSignedIn?.at),
    commits: commits.length,
  };
}
