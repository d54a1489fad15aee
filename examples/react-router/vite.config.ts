import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // `npm test`: the pages under each session of react-session-kit/testing, in jsdom.
  test: { environment: 'jsdom' },
});
