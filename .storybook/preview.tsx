import type { Preview } from '@storybook/react-vite';
import 'react-session-kit/styles.css';
import { sessionGlobalTypes, withSession as withMockSession } from 'react-session-kit/testing';
import { withSession, withTheme } from './decorators';
import { mockApiLoader } from './mockApi';

/** A component's JSDoc for its docs page, with each `@example` shown as a code block. */
function componentDescription(component: unknown): string {
  const docgen = (component as { __docgenInfo?: { description?: string } } | null)?.__docgenInfo;
  const [text = '', ...examples] = (docgen?.description ?? '').split(/^@example[ \t]*$/m);
  return [
    text.trim(),
    ...examples.map((code) => `**Example**\n\n\`\`\`tsx\n${code.trim()}\n\`\`\``),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const preview: Preview = {
  // A docs page (props table, usage, every story) for every component.
  tags: ['autodocs'],
  loaders: [mockApiLoader],
  // The "View as" toolbar's mock session (react-session-kit/testing), inside the mock API's one.
  decorators: [withMockSession, withSession, withTheme],
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Introduction', 'Components', 'States'] } },
    controls: { expanded: true },
    docs: { extractComponentDescription: componentDescription },
    // Accessibility violations fail the story's test, in Storybook's test widget and in `npm test`.
    a11y: { test: 'error' },
  },
  globalTypes: {
    ...sessionGlobalTypes,
    theme: {
      description: 'Theme of the kit stylesheet',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Labels and writing direction',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'LTR' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
    // English laid out right to left: every story mirrored with the labels its play function
    // expects (the visual tests' "rtl" mode). Arabic is always right to left.
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
};

export default preview;
