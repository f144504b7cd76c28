import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStore } from 'zustand';
import { useCurrentUser } from '@/api/session-store';
import { PageHeader } from '@/components/page-header';
import { useTranslation } from '@/i18n';
import { createDraftStore, isWaybillMode, type WaybillMode } from '../waybills/draft-store';
import { GridPanel } from '../waybills/grid-panel';
import { ImportPanel } from '../waybills/import/import-panel';
import { ModeTabs, modePanelId, modeTabId } from '../waybills/mode-tabs';
import { PairScanPanel } from '../waybills/pair/pair-scan-panel';

function WaybillsPage({ userId }: { userId: string }) {
  const { t } = useTranslation('waybills');
  const [store] = useState(() => createDraftStore(userId));
  const [params, setParams] = useSearchParams();
  const draftMode = useStore(store, (state) => state.mode);
  const urlMode = params.get('mode');
  const mode: WaybillMode = isWaybillMode(urlMode) ? urlMode : draftMode;

  // Pending writes go out when the page is left or hidden: a closed tab loses nothing entered.
  useEffect(() => {
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') store.flush();
    };
    window.addEventListener('pagehide', store.flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', store.flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      store.flush();
    };
  }, [store]);

  // The URL names the mode; without one, the draft's mode (where the user left off) is used.
  useEffect(() => {
    if (isWaybillMode(urlMode)) {
      if (urlMode !== store.getState().mode) store.getState().setMode(urlMode);
    }
  }, [urlMode, store]);

  const changeMode = (next: WaybillMode) => {
    store.getState().setMode(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('mode', next);
        return updated;
      },
      { replace: true },
    );
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ModeTabs value={mode} onChange={changeMode} />
      <section
        role="tabpanel"
        id={modePanelId(mode)}
        aria-labelledby={modeTabId(mode)}
        className="pt-4"
      >
        {mode === 'grid' && <GridPanel store={store} />}
        {mode === 'import' && <ImportPanel />}
        {mode === 'pair' && <PairScanPanel />}
      </section>
    </>
  );
}

export function Component() {
  const user = useCurrentUser();
  if (!user) return null;
  // Each user has a draft of their own; signing in as someone else starts from theirs.
  return <WaybillsPage key={user.id} userId={user.id} />;
}
