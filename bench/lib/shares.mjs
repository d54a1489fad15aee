// How each library-counted bundle splits between the kit's own code and its libraries, from
// sources: the same app entry with every library left external gives the kit's share. brotli is
// not additive, so "libraries" is the whole minus the kit alone (close, not exact).
import { join } from 'node:path';
import { brotli, bundle, entrySource, libraries, sizeScenarios } from './sizes.mjs';
import { root } from './paths.mjs';

const fromSources = join(root, 'src/index.ts');

async function size(names, external) {
  return brotli(
    (await bundle({ source: entrySource(names), kitEntry: fromSources, external })).code,
  );
}

export async function measureShares() {
  const rows = [];
  for (const scenario of sizeScenarios()) {
    if (!['c', 'd', 'e'].includes(scenario.id)) continue;
    const total = await size(scenario.names, scenario.external);
    const kit = await size(scenario.names, [...scenario.external, ...libraries]);
    rows.push({ ...scenario, total, kit, libraries: total - kit });
  }
  const page = sizeScenarios().find((scenario) => scenario.id === 'c');
  const esbuild = await esbuildSize(entrySource(page.names), page.external).catch((error) => ({
    error: String(error),
  }));
  return { rows, esbuild };
}

/** The signed-in page (c) bundled by esbuild, for apps whose bundler is esbuild. */
async function esbuildSize(source, external) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: external.flatMap((name) => [name, `${name}/*`]),
    plugins: [
      {
        name: 'kit',
        setup(build) {
          build.onResolve({ filter: /^react-session-kit$/ }, () => ({ path: fromSources }));
        },
      },
    ],
  });
  return { version: esbuild.version, size: brotli(result.outputFiles[0].text) };
}
