// .storybook/preview.tsx
import type { Preview } from '@storybook/react-vite';
import { sessionGlobalTypes, withSession } from 'react-session-kit/testing';

const preview: Preview = {
  decorators: [withSession],
  globalTypes: { ...sessionGlobalTypes }, // the "View as" toolbar
  parameters: { session: 'fullAccess' }, // every story signed in, unless it says otherwise
};

export default preview;
