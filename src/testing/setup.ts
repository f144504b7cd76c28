import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useSessionStore } from '@/api/session-store';
import { useToastStore } from '@/components/toast';
import { usePreferences } from '@/lib/preferences';
import { useSessionNotice } from '@/lib/session-notice';
import { getMockServer } from './mock-server';
import { installDomPolyfills } from './polyfills';

/** Tests that declare `@vitest-environment node` (the mock backend's own) manage their servers themselves. */
const inDom = typeof window !== 'undefined';

const initialPreferences = usePreferences.getState();

if (inDom) {
  installDomPolyfills();
  // Lazy routes are compiled on first use; on a busy two-core machine that can take seconds.
  configure({ asyncUtilTimeout: 5000 });

  beforeAll(() => {
    getMockServer().server.listen({ onUnhandledRequest: 'error' });
  });

  afterEach(() => {
    cleanup();
    const mock = getMockServer();
    mock.server.resetHandlers();
    mock.reset();
    localStorage.clear();
    sessionStorage.clear();
    // The stores live in memory as well as in localStorage: each test starts signed out, with defaults.
    useSessionStore.setState({ session: null });
    usePreferences.setState(initialPreferences, true);
    useSessionNotice.getState().clear();
    useToastStore.getState().clear();
  });

  afterAll(() => {
    getMockServer().server.close();
  });
}
