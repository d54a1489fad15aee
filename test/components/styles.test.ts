// The stylesheet's theme contract, read from the file a consumer imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const declarations = [...css.matchAll(/(--rsk-[\w-]+)\s*:/g)].map((match) => match[1]);

describe('styles.css theme', () => {
  it('never turns dark on its own: no prefers-color-scheme, light unless the page opts in', () => {
    expect(css).not.toMatch(/prefers-color-scheme/);
    expect(css).not.toMatch(/:root\s*\{[^}]*color-scheme\s*:/); // leaves the page's scheme alone
  });

  it('declares the palette once, each colour as light-dark(light, dark)', () => {
    expect(declarations.length).toBeGreaterThan(20);
    expect(new Set(declarations).size).toBe(declarations.length);
    for (const name of ['--rsk-background', '--rsk-foreground', '--rsk-primary', '--rsk-danger'])
      expect(css).toMatch(new RegExp(`${name}:\\s*light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`));
  });

  it('turns dark for a dark class or data-theme, and back for a light one', () => {
    expect(css).toMatch(/\.dark,\s*\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;\s*\}/);
    expect(css).toMatch(/\.light,\s*\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;\s*\}/);
  });
});
