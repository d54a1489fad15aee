import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createSessionClient, SessionProvider } from 'react-session-kit';
import type { MockBackend } from 'react-session-kit/mock';
import 'react-session-kit/styles.css';
import './demo.css';
import { App } from './App';
import { apiUrl, jwtTransport, refetchInterval, usingMock } from './config';
import { DemoContext } from './DemoContext';
import { applyStoredTheme } from './ThemeSwitch';

async function main() {
  applyStoredTheme();
  // Only the mock set-up loads MSW; with VITE_API_URL neither it nor the mock is fetched.
  let backend: MockBackend | null = null;
  if (usingMock) {
    const { startMockBackend } = await import('./mockBackend');
    backend = await startMockBackend(apiUrl, jwtTransport);
  }

  const queryClient = new QueryClient();
  const client = createSessionClient({ apiUrl, jwtTransport });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider
          client={client}
          refetchInterval={refetchInterval}
          storageKey="react-session-kit-demo"
        >
          <DemoContext value={{ backend, apiUrl }}>
            <App />
          </DemoContext>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void main();
