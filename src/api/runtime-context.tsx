import { createContext, useContext, type ReactNode } from 'react';
import type { DemoControls, RuntimeConfig } from './contract/runtime';

interface Runtime {
  config: RuntimeConfig;
  /** Present only when the embedded mock backend runs. */
  demo: DemoControls | null;
}

const RuntimeContext = createContext<Runtime | null>(null);

export function RuntimeProvider({ runtime, children }: { runtime: Runtime; children: ReactNode }) {
  return <RuntimeContext.Provider value={runtime}>{children}</RuntimeContext.Provider>;
}

function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('runtime hooks need a RuntimeProvider above them');
  return runtime;
}

export function useRuntimeConfig(): RuntimeConfig {
  return useRuntime().config;
}

export function useDemoControls(): DemoControls | null {
  return useRuntime().demo;
}
