// @vitest-environment node
// GET /app/login-account fed 10,000 generated account lists (test/fuzz/accountChoices.ts).
import { fuzzAccountChoices } from './accountChoices';

fuzzAccountChoices(import.meta.url, 'GET /app/login-account');
