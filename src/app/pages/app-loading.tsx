import { LoadingState } from '@/components/states';

/** Shown while the first page's code loads. */
export function AppLoading() {
  return (
    <main>
      <LoadingState className="min-h-screen" />
    </main>
  );
}
