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

/** A toolbar menu that sets a global (its current choice shown as the title). */
function toolbarGlobal(
  description: string,
  title: string,
  icon: string,
  items: { value: string; title: string; icon?: string; right?: string }[],
) {
  return { description, toolbar: { title, icon, items, dynamicTitle: true } };
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
    theme: toolbarGlobal('Theme of the kit stylesheet', 'Theme', 'mirror', [
      { value: 'light', title: 'Light', icon: 'sun' },
      { value: 'dark', title: 'Dark', icon: 'moon' },
    ]),
    locale: toolbarGlobal('Labels and writing direction', 'Locale', 'globe', [
      { value: 'en', title: 'English', right: 'LTR' },
      { value: 'ar', title: 'العربية', right: 'RTL' },
    ]),
    // English laid out right to left: every story mirrored with the labels its play function
    // expects (the visual tests' "rtl" mode). Arabic is always right to left.
    direction: toolbarGlobal('Writing direction', 'Direction', 'transfer', [
      { value: 'ltr', title: 'Left to right' },
      { value: 'rtl', title: 'Right to left' },
    ]),
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
};

export default preview;
