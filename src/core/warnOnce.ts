// The consumer's bundler replaces `process.env.NODE_ENV`; the library build leaves it alone (Vite lib
// mode would bake `import.meta.env.DEV` as false, so that one is not used).
declare const process: { env: Record<string, string | undefined> };

const warned = new Set<string>();

function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false; // no bundler and no Node: treat as production, stay quiet
  }
}

/** Logs `message` once per page load, in development builds only. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || !isDevelopment()) return;
  warned.add(key);
  // eslint-disable-next-line no-console -- a one-time development warning is the point
  console.warn(message);
}
