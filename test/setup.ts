// Setup for the `unit` Vitest project (jsdom). Browser tests do not load this file.
import '@testing-library/jest-dom/vitest'; // toBeInTheDocument(), toHaveTextContent(), …
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Unmount everything rendered with @testing-library/react after each test
// (Vitest does not enable globals here, so RTL's auto-cleanup is not registered).
afterEach(() => {
  cleanup();
});
