import {
  createSessionStorybook,
  createTestSession,
  sessionPresets,
} from 'react-session-kit/testing';

const presets = {
  ...sessionPresets,
  auditor: { title: 'Auditor', session: createTestSession({ access: { audit: 'r' } }) },
};
export const { decorator, globalTypes } = createSessionStorybook(presets);
