// The code blocks of the README's "Testing your app" section are the files of test/testing/readme/,
// which tsc checks and the unit project runs: a block that drifts from them fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.split('\n## Testing your app')[1]?.split('\n## ')[0] ?? '';
const blocks = [...section.matchAll(/```tsx\n([\s\S]*?)```/g)].map(([, code]) => code ?? '');
const dir = join(root, 'test/testing/readme');
const checked = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));

it('has code blocks', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
});

it.each(blocks.map((code, index) => [index + 1, code]))('block %i is a checked file', (_, code) => {
  expect(checked.some((file) => file.includes(String(code)))).toBe(true);
});
