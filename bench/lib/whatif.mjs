// Where the bytes of the failing budgets go, and what changes would save: each figure is a real
// bundle (from sources, so one module can be swapped), brotli like the budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, bundle, entrySource, rootExports, sizeScenarios } from './sizes.mjs';
import { root } from './paths.mjs';

const fromSources = join(root, 'src/index.ts');

/** zod/mini calls covering every zod feature the kit's schemas use (core and sessions API). */
const zodMiniFeatures = `
import * as z from 'zod/mini';
const optional = (schema) => z.pipe(z.nullish(schema), z.transform((value) => value ?? undefined));
const unixTime = z.union([z.number(), z.pipe(z.string().check(z.regex(/^\\d+$/)), z.transform(Number))]);
const record = (value) => z.pipe(
  z.preprocess((input) => Object.entries(input ?? {}), z.array(z.tuple([z.string(), value]))),
  z.transform((entries) => Object.fromEntries(entries)),
);
const item = z.object({
  id: z.string(), title: optional(z.string()), created: optional(unixTime), flag: optional(z.boolean()),
  counters: optional(record(z.number())), list: optional(z.array(z.string())), status: z.enum(['a', 'b']),
  literal: z.literal(false), anything: z.unknown(), map: z.record(z.string(), z.string()), maybe: z.nullable(z.string()),
});
const message = z.catch(z.optional(z.string()), undefined);
const nonEmpty = z.array(z.string()).check(z.minLength(1));
const answer = z.pipe(z.object({ item, message, nonEmpty }), z.transform((value, ctx) => {
  if (!value) { ctx.issues.push({ code: 'custom', message: 'x', input: value }); return z.NEVER; }
  return value;
}));
export const parse = (input) => answer.safeParse(input);
`;

/** Runtime exports of the "// Active sessions" section of src/index.ts (the sessions API, #4). */
function sessionsApiExports() {
  const source = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const start = source.search(/^\/\/ Active sessions/m);
  if (start < 0) return [];
  const rest = source.slice(start + 1);
  const end = rest.search(/^\/\/ /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^export\s+\{([^}]+)\}\s+from/gm)].flatMap((match) =>
    match[1]
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type ')),
  );
}

async function size(options) {
  return brotli((await bundle(options)).code);
}

export async function measureWhatIf() {
  const scenarios = Object.fromEntries(sizeScenarios().map((scenario) => [scenario.id, scenario]));
  const { a, b, c } = scenarios;
  const page = { source: entrySource(c.names), kitEntry: fromSources };

  const figures = {
    aFromSources: await size({
      source: entrySource(a.names),
      kitEntry: fromSources,
      external: a.external,
    }),
    cFromSources: await size({ ...page, external: c.external }),
    cKitOnly: await size({ ...page, external: [...c.external, 'zod'] }),
    zodMiniFeatures: await size({ source: zodMiniFeatures, kitEntry: fromSources }),
  };
  figures.zodInC = figures.cFromSources - figures.cKitOnly;
  const sessionsApi = sessionsApiExports();
  if (sessionsApi.length > 0) {
    const rest = entrySource(rootExports().all.filter((name) => !sessionsApi.includes(name)));
    figures.sessionsApi = {
      names: sessionsApi.length,
      bFromSources: await size({
        source: entrySource('*'),
        kitEntry: fromSources,
        external: b.external,
      }),
      bWithoutSessionsApi: await size({
        source: rest,
        kitEntry: fromSources,
        external: b.external,
      }),
    };
  }
  figures.esbuild = await esbuildFigures(page.source, c.external).catch((error) => ({
    error: String(error),
  }));
  return figures;
}

/** The same page (c) bundled by esbuild, for apps whose bundler is esbuild. */
async function esbuildFigures(source, external) {
  const esbuild = await import('esbuild');
  const run = async () => {
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
    return brotli(result.outputFiles[0].text);
  };
  return { version: esbuild.version, size: await run() };
}
