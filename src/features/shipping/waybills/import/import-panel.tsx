import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { formatNumber } from '@/lib/format';
import { useWaybillCommit } from '../commit';
import { ScanMessage } from '../feedback';
import type { RowEdit } from './draft';
import { MappingBar } from './mapping-bar';
import { PreviewSummary } from './preview-summary';
import { PreviewTable } from './preview-table';
import { countRows, shippableCount, shippableRows } from './rows';
import { SourceForm } from './source-form';
import { useImportDraftStore } from './use-import-draft';
import { useImportSource } from './use-import-source';
import { itemOf, useServerChecks } from './use-server-checks';

/** Rows from which the table renders a moment after the counts. */
const RENDER_TABLE_APART_ABOVE = 1000;

/**
 * Paste or import: two or three columns from Excel or a file, a preview with every row's verdict,
 * then shipping the rows without errors. Nothing is saved on the server before "Ship"; the draft
 * is kept in the browser until shipped or discarded.
 */
export function ImportPanel() {
  const { t, i18n } = useTranslation('waybill-import');
  const headingId = useId();
  const store = useImportDraftStore();
  const rows = useStore(store, (state) => state.rows);
  const mapping = useStore(store, (state) => state.mapping);
  const text = useStore(store, (state) => state.text);
  const sourceName = useStore(store, (state) => state.sourceName);
  const errorsFirst = useStore(store, (state) => state.errorsFirst);
  const summary = useStore(store, (state) => state.summary);
  const source = useImportSource(store);
  const checks = useServerChecks(store);
  const { commit, progress, running } = useWaybillCommit();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  // Remounts the paste area with the draft's text after a discard.
  const [areaGeneration, setAreaGeneration] = useState(0);

  const counts = useMemo(() => countRows(rows), [rows]);
  // A big batch: the counts show first and the table (the costlier render, with its layout)
  // follows in a render of its own. A small one renders together, with nothing to wait for.
  const deferredRows = useDeferredValue(rows);
  const tableRows = rows.length > RENDER_TABLE_APART_ABOVE ? deferredRows : rows;

  const onEdit = useCallback(
    (id: number, edit: RowEdit) => store.getState().editRow(id, edit),
    [store],
  );
  const onRemove = useCallback((id: number) => store.getState().removeRow(id), [store]);

  const ship = async () => {
    const batch = shippableRows(store.getState().rows);
    if (batch.length === 0) return;
    const outcome = await commit(batch.map(itemOf));
    store.getState().committed(
      batch.map((row) => row.id),
      outcome.results,
    );
  };

  const discard = () => {
    source.forget();
    store.getState().discard();
    setAreaGeneration((n) => n + 1);
  };

  const hasDraft = rows.length > 0 || text !== '';

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex items-center gap-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {t('import.title')}
        </h2>
        {hasDraft && (
          <Button
            variant="ghost"
            size="sm"
            className="ml-auto"
            disabled={running}
            onClick={() => setConfirmDiscard(true)}
          >
            {t('import.discard')}
          </Button>
        )}
      </div>

      {rows.length > 0 ? (
        // One batch at a time: a new paste would replace rows not shipped yet, so it waits for
        // Ship or Discard.
        <p className="text-sm text-slate-700">
          {t('import.loaded', {
            count: rows.length,
            n: formatNumber(rows.length, i18n.language),
            source: sourceName ?? t('import.pasted'),
          })}
        </p>
      ) : (
        <SourceForm
          key={areaGeneration}
          initialText={text}
          reading={source.state.kind === 'reading'}
          onText={(value) => void source.readText(value)}
          onFile={(file) => void source.readFile(file)}
        />
      )}
      {source.state.kind === 'reading' && (
        <p role="status" className="text-sm text-slate-700">
          {t('import.reading')}
        </p>
      )}
      {source.state.kind === 'empty' && (
        <ScanMessage tone="info">{t('import.nothingRead')}</ScanMessage>
      )}
      {source.state.kind === 'unreadable' && (
        <ScanMessage tone="error">
          {t('import.unreadable', { name: source.state.fileName })}
        </ScanMessage>
      )}

      {mapping && rows.length > 0 && (
        <MappingBar
          mapping={mapping}
          table={source.table}
          disabled={running}
          onChange={(next) => void source.changeMapping(next)}
        />
      )}

      {summary && !running && (
        <ScanMessage tone={summary.failed > 0 ? 'info' : 'ok'}>
          {t(summary.failed > 0 ? 'summary.committedSome' : 'summary.committedAll', {
            shipped: formatNumber(summary.shipped, i18n.language),
            failed: formatNumber(summary.failed, i18n.language),
          })}
        </ScanMessage>
      )}

      {checks.failed && (
        <div role="alert" className="flex items-center gap-3 text-sm text-red-700">
          {t('summary.checkFailed')}
          <Button size="sm" onClick={checks.retry}>
            {t('summary.retryCheck')}
          </Button>
        </div>
      )}

      {rows.length > 0 && (
        <>
          <PreviewSummary
            counts={counts}
            tableBehind={tableRows !== rows}
            shippable={shippableCount(counts)}
            errorsFirst={errorsFirst}
            running={running}
            progress={progress}
            onErrorsFirst={(value) => store.getState().setErrorsFirst(value)}
            onShip={() => void ship()}
          />
          <PreviewTable
            rows={tableRows}
            errorsFirst={errorsFirst}
            disabled={running}
            onEdit={onEdit}
            onRemove={onRemove}
          />
        </>
      )}

      <ConfirmDialog
        open={confirmDiscard}
        onOpenChange={setConfirmDiscard}
        title={t('import.discardTitle')}
        description={t('import.discardDescription', { count: rows.length })}
        confirmLabel={t('import.discard')}
        tone="danger"
        onConfirm={discard}
      />
    </section>
  );
}
