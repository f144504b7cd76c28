import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { OrderListQuery } from '@/api/contract/orders';
import { isAbortError } from '@/api/errors';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { csvBlob } from '@/lib/csv';
import { formatNumber } from '@/lib/format';
import { exportFileName, exportOrders } from '../lib/export-orders';

export interface ExportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's query: every order matching its filter and tab is exported, in its sort. */
  query: OrderListQuery;
  /** How many orders the list says match, shown before the export starts. */
  total: number;
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; rows: number; url: string; fileName: string }
  | { phase: 'failed'; error: unknown };

/** Above this many orders the dialog says the export takes a while. */
const SLOW_EXPORT = 5000;

/** Saves through a link, the one way a browser downloads a file made on the page. */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

/**
 * Exports every order matching the list's filter to CSV, page by page with a progress bar.
 * Cancelling or closing stops the export and nothing is downloaded.
 */
export function ExportDialog({ open, onOpenChange, query, total }: ExportDialogProps) {
  const { t, i18n } = useTranslation('export');
  const backend = useBackend();
  const { timeZone } = useRuntimeConfig();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const [wasOpen, setWasOpen] = useState(open);
  const running = useRef<AbortController | null>(null);
  const fileUrl = useRef<string | null>(null);
  const focusTarget = useRef<HTMLButtonElement | null>(null);
  const number = (value: number) => formatNumber(value, i18n.language);

  function stop() {
    running.current?.abort();
    running.current = null;
    if (fileUrl.current) URL.revokeObjectURL(fileUrl.current);
    fileUrl.current = null;
  }

  // Each opening starts afresh; the last state stays visible while the dialog closes.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setState({ phase: 'idle' });
  }

  // Closing (by any means) or leaving the page stops the export and frees the file.
  useEffect(() => {
    if (!open) stop();
  }, [open]);
  useEffect(() => stop, []);

  // The button that started a phase is gone once it changes; focus moves to the next step's.
  useEffect(() => {
    if (state.phase !== 'idle') focusTarget.current?.focus();
  }, [state.phase]);

  async function start() {
    stop();
    const controller = new AbortController();
    running.current = controller;
    const startedAt = new Date();
    let exported = 0;
    setState({ phase: 'running', done: 0, total });
    try {
      const text = await exportOrders({
        backend,
        query,
        t,
        signal: controller.signal,
        now: startedAt,
        onProgress: (done, all) => {
          exported = done;
          setState({ phase: 'running', done, total: all });
        },
      });
      if (controller.signal.aborted) return;
      const url = URL.createObjectURL(csvBlob(text));
      const fileName = exportFileName(startedAt, timeZone);
      fileUrl.current = url;
      running.current = null;
      setState({ phase: 'done', rows: exported, url, fileName });
      download(url, fileName);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      running.current = null;
      setState({ phase: 'failed', error });
    }
  }

  const footer =
    state.phase === 'running' ? (
      <Button ref={focusTarget} onClick={() => onOpenChange(false)}>
        {t('dialog.cancel')}
      </Button>
    ) : state.phase === 'done' ? (
      <Button ref={focusTarget} onClick={() => onOpenChange(false)}>
        {t('common:actions.close')}
      </Button>
    ) : (
      <>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('common:actions.cancel')}
        </Button>
        {state.phase === 'failed' ? (
          <Button ref={focusTarget} variant="primary" onClick={() => void start()}>
            {t('common:actions.retry')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void start()} disabled={total === 0}>
            {t('dialog.start')}
          </Button>
        )}
      </>
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('dialog.title')}
      description={t('dialog.description')}
      footer={footer}
    >
      {state.phase === 'idle' &&
        (total === 0 ? (
          <p>{t('dialog.nothing')}</p>
        ) : (
          <>
            <p className="font-medium text-slate-900">
              {t('dialog.summary', { count: total, n: number(total) })}
            </p>
            {total > SLOW_EXPORT && <p className="mt-1 text-slate-600">{t('dialog.slow')}</p>}
          </>
        ))}
      {state.phase === 'running' && <ExportProgress done={state.done} total={state.total} />}
      {state.phase === 'done' && (
        <div role="status" className="flex flex-col gap-2">
          <p className="font-medium text-slate-900">
            {t('dialog.done', { count: state.rows, n: number(state.rows) })}
          </p>
          <a
            href={state.url}
            download={state.fileName}
            className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
          >
            {t('dialog.saveAgain', { file: state.fileName })}
          </a>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="text-red-700">
          {t('dialog.failed', { reason: describeError(t, state.error) })}
        </p>
      )}
    </Dialog>
  );
}

function ExportProgress({ done, total }: { done: number; total: number }) {
  const { t, i18n } = useTranslation('export');
  const text = t('dialog.progress', {
    done: formatNumber(done, i18n.language),
    total: formatNumber(total, i18n.language),
  });
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={t('dialog.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-accent-600 transition-[width] duration-200"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-slate-600 tabular-nums">{text}</p>
    </div>
  );
}
