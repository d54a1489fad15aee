import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SessionProvider, type Labels } from 'react-session-kit';
import { arabicLabels } from './locales';
import type { LoadedMockApi } from './mockApi';

/**
 * Every story inside a fresh QueryClient and SessionProvider talking to the story's own mock
 * backend: nothing persisted (`storage="memory"`), no background refresh, no refetch on focus.
 */
export const withSession: Decorator = (Story, context) => {
  const mock = context.loaded.mockApi as LoadedMockApi | undefined;
  if (!mock) throw new Error('withSession: the mockApi loader did not run for this story');
  const labels = context.globals.locale === 'ar' ? arabicLabels : undefined;
  return (
    <StorySession
      key={`${context.id}:${mock.generation}`}
      id={context.id}
      mock={mock}
      labels={labels}
    >
      <Story />
    </StorySession>
  );
};

function StorySession({
  id,
  mock,
  labels,
  children,
}: {
  id: string;
  mock: LoadedMockApi;
  labels: Partial<Labels> | undefined;
  children: ReactNode;
}) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
      }),
  );
  const [client] = useState(() => mock.client);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider
        client={client}
        storage="memory"
        storageKey={`rsk-story:${id}`}
        refetchInterval={false}
        refetchOnWindowFocus={false}
        initialSession={mock.initialSession ?? undefined}
        labels={labels}
      >
        {children}
      </SessionProvider>
    </QueryClientProvider>
  );
}

/**
 * The `theme` (light / dark), `locale` (en / ar, right to left) and `direction` (ltr / rtl: any
 * locale mirrored) globals, from the toolbar or a story's `globals`. The frame carries
 * `data-theme`, `dir` and `lang`, which the kit's stylesheet follows; on a story's own canvas
 * <html> gets them too.
 */
export const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const arabic = context.globals.locale === 'ar';
  const rtl = arabic || context.globals.direction === 'rtl';
  return (
    <ThemeFrame
      theme={theme}
      dir={rtl ? 'rtl' : 'ltr'}
      lang={arabic ? 'ar' : 'en'}
      canvas={context.viewMode === 'story'}
    >
      <Story />
    </ThemeFrame>
  );
};

function ThemeFrame({
  theme,
  dir,
  lang,
  canvas,
  children,
}: {
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  lang: string;
  canvas: boolean;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    if (!canvas) return undefined;
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dir = dir;
    root.lang = lang;
    return () => {
      delete root.dataset.theme;
      root.removeAttribute('dir');
      root.lang = 'en';
    };
  }, [theme, dir, lang, canvas]);
  return (
    <div
      data-theme={theme}
      dir={dir}
      lang={lang}
      className={theme}
      style={{
        boxSizing: 'border-box',
        minHeight: canvas ? '100vh' : undefined,
        padding: '1.5rem',
        background: 'var(--rsk-background)',
        color: 'var(--rsk-foreground)',
        fontFamily: 'var(--rsk-font-family)',
      }}
    >
      {children}
    </div>
  );
}
