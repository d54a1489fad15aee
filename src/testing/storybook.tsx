import type { ReactElement, ReactNode } from 'react';
import { MockSessionProvider } from './MockSessionProvider';
import { sessionPresets, type MockSessionInput, type SessionPreset } from './presets';

/** What the decorator reads of Storybook's story context (no Storybook import needed). */
export interface SessionStoryContext {
  id: string;
  parameters: { session?: MockSessionInput; [name: string]: unknown };
  globals: { session?: unknown; [name: string]: unknown };
}

/** A Storybook decorator: the story, and the context it renders in. */
export type SessionDecorator = (
  Story: () => ReactNode,
  context: SessionStoryContext,
) => ReactElement;

/** The `globalTypes` entry of the "View as" toolbar. */
export interface SessionGlobalType {
  description: string;
  toolbar: {
    title: string;
    icon: 'user';
    items: { value?: string; title: string; type?: 'reset' }[];
    dynamicTitle: boolean;
  };
}

/**
 * The decorator and the "View as" toolbar for a set of presets (default `sessionPresets`). The
 * toolbar's choice wins over the story's `parameters.session`; with neither, the story renders
 * as it is, without a mock session.
 *
 * @example
 * const presets = { ...sessionPresets, auditor: { title: 'Auditor', session: createTestSession({ access: { reports: 'r' } }) } }
 * const { decorator, globalTypes } = createSessionStorybook(presets)
 * const preview: Preview = { decorators: [decorator], globalTypes }
 */
export function createSessionStorybook(
  presets: Readonly<Record<string, SessionPreset>> = sessionPresets,
): { decorator: SessionDecorator; globalTypes: { session: SessionGlobalType } } {
  const decorator: SessionDecorator = (Story, context) => {
    const chosen = typeof context.globals.session === 'string' ? context.globals.session : '';
    const session = chosen || context.parameters.session;
    if (session === undefined) return <Story />;
    return (
      // A new choice is a new mount: the provider reads its session when it mounts.
      <MockSessionProvider key={`${context.id}:${chosen}`} session={session} presets={presets}>
        <Story />
      </MockSessionProvider>
    );
  };
  const globalTypes = {
    session: {
      description: 'The session the story renders with',
      toolbar: {
        title: 'View as',
        icon: 'user' as const,
        items: [
          { type: 'reset' as const, title: "The story's own session" },
          ...Object.entries(presets).map(([value, { title }]) => ({ value, title })),
        ],
        dynamicTitle: true,
      },
    },
  };
  return { decorator, globalTypes };
}

const defaults = createSessionStorybook();

/**
 * Storybook decorator: renders the story inside a `MockSessionProvider` with the toolbar's
 * "View as" choice, else `parameters.session` (a session, a preset or a preset's name).
 *
 * @example
 * export const Restricted: Story = { parameters: { session: 'restricted' } }
 */
export const withSession: SessionDecorator = defaults.decorator;

/** `globalTypes` of the "View as" toolbar: `{ ...sessionGlobalTypes }` in `.storybook/preview`. */
export const sessionGlobalTypes = defaults.globalTypes;
