// The `unit-react18` project must really run React 18 (its aliases could silently stop working),
// and `unit` React 19.
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { expect, it } from 'vitest';

it('runs the React this project is meant for', () => {
  const expected = process.env.EXPECTED_REACT_MAJOR ?? '19';
  expect(reactVersion.split('.')[0]).toBe(expected);
  expect(reactDomVersion).toBe(reactVersion);
});
