import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { useBackend } from '@/api/backend-context';
import type { ReplenishmentQuery } from '@/api/contract/inventory';
import { isAbortError } from '@/api/errors';
import { useRuntimeConfig } from '@/api/runtime-context';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { describeError } from '@/components/error-message';
import { csvBlob } from '@/lib/csv';
import { formatNumber } from '@/lib/format';
import {
  fetchAllReplenishment,
  replenishmentCsv,
  replenishmentFileName,
} from '../../lib/replenishment-csv';
import { lineKey } from '../../lib/replenishment-line';
import type { ReviewStore } from '../../lib/replenishment-review';
import { downloadUrl } from './download';

export interface ExportAllDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The list's filter: every line matching it is exported, most urgent first. */
  filter: Omit<ReplenishmentQuery, 'page' | 'pageSize'>;
  /** How many lines the list says match, shown before the export starts. */
  total: number;
  /** Reviewed lines are written with the quantity the manager set. */
  review: ReviewStore;
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; rows: number; url: string; fileName: string }
  | { phase: 'failed'; error: unknown };

/**
 * Exports every line of the current filter to CSV, 1,000 at a time with a progress bar. Cancelling
 * or closing stops it and nothing is downloaded.
 */
export function ExportAllDialog({
  open,
  onOpenChange,
  filter,
  total,
  review,
}: ExportAllDialogProps) {
  const { t, i18n } = useTranslation('replenishment');
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
    setState({ phase: 'running', done: 0, total });
    try {
      const lines = await fetchAllReplenishment({
        backend,
        filter,
        signal: controller.signal,
        onProgress: (done, all) => setState({ phase: 'running', done, total: all }),
      });
      if (controller.signal.aborted) return;
      const reviewed = review.getState().lines;
      const text = replenishmentCsv(
        lines.map((line) => {
          const entry = reviewed[lineKey(line)];
          return entry
            ? { line, orderQuantity: entry.quantity, reviewed: true }
            : { line, orderQuantity: line.suggestedQuantity, reviewed: false };
        }),
        t,
      );
      const url = URL.createObjectURL(csvBlob(text));
      const fileName = replenishmentFileName(startedAt, timeZone, false);
      fileUrl.current = url;
      running.current = null;
      setState({ phase: 'done', rows: lines.length, url, fileName });
      downloadUrl(url, fileName);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      running.current = null;
      setState({ phase: 'failed', error });
    }
  }

  const footer =
    state.phase === 'running' ? (
      <Button ref={focusTarget} onClick={() => onOpenChange(false)}>
        {t('export.dialog.cancel')}
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
            {t('export.dialog.start')}
          </Button>
        )}
      </>
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('export.dialog.title')}
      description={t('export.dialog.description')}
      footer={footer}
    >
      {state.phase === 'idle' &&
        (total === 0 ? (
          <p>{t('export.dialog.nothing')}</p>
        ) : (
          <p className="font-medium text-slate-900">
            {t('export.dialog.summary', { count: total, n: number(total) })}
          </p>
        ))}
      {state.phase === 'running' && <ExportProgress done={state.done} total={state.total} />}
      {state.phase === 'done' && (
        <div role="status" className="flex flex-col gap-2">
          <p className="font-medium text-slate-900">
            {t('export.dialog.done', { count: state.rows, n: number(state.rows) })}
          </p>
          <a
            href={state.url}
            download={state.fileName}
            className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
          >
            {t('export.dialog.saveAgain', { file: state.fileName })}
          </a>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="text-red-700">
          {t('export.dialog.failed', { reason: describeError(t, state.error) })}
        </p>
      )}
    </Dialog>
  );
}

function ExportProgress({ done, total }: { done: number; total: number }) {
  const { t, i18n } = useTranslation('replenishment');
  const text = t('export.dialog.progress', {
    done: formatNumber(done, i18n.language),
    total: formatNumber(total, i18n.language),
  });
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={t('export.dialog.progressLabel')}
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
