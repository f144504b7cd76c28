import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { isAbortError } from '@/api/errors';
import { csvBlob } from '@/lib/csv';
import { downloadUrl } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { Button } from './button';
import { Dialog } from './dialog';
import { describeError } from './error-message';

/** The words of one kind of export, from the namespace of the feature that runs it. */
export interface CsvExportTexts {
  title: string;
  description: string;
  /** Starts the export. */
  start: string;
  /** Stops a running export. */
  cancel: string;
  /** Shown instead of the summary when nothing matches. */
  nothing: string;
  /** "1,234 orders will be exported". */
  summary: string;
  /** A line under the summary, such as that a large export takes a while. */
  summaryNote?: string;
  /** The progress bar's accessible name. */
  progressLabel: string;
  /** "500 of 1,234", from numbers already formatted. */
  progress: (done: string, total: string) => string;
  /** "Exported 1,234 orders", from the count and the formatted count. */
  done: (count: number, n: string) => string;
  saveAgain: (fileName: string) => string;
  failed: (reason: string) => string;
}

export interface CsvExportRun {
  signal: AbortSignal;
  /** When the export started (for the file's name and the rows' moment). */
  startedAt: Date;
  onProgress: (done: number, total: number) => void;
}

/** What an export made: the CSV text, how many rows it holds and the file name to save it as. */
export interface CsvExportResult {
  csv: string;
  rows: number;
  fileName: string;
}

export interface CsvExportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** How many rows the list says match, shown before the export starts. */
  total: number;
  texts: CsvExportTexts;
  /** Fetches every row and writes the CSV; stops when the signal aborts. */
  run: (job: CsvExportRun) => Promise<CsvExportResult>;
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; rows: number; url: string; fileName: string }
  | { phase: 'failed'; error: unknown };

/**
 * Exports a whole list to CSV, page by page with a progress bar; a failure can be retried.
 * Cancelling or closing stops the export and nothing is downloaded.
 */
export function CsvExportDialog({ open, onOpenChange, total, texts, run }: CsvExportDialogProps) {
  const { t, i18n } = useTranslation('common');
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
    setState({ phase: 'running', done: 0, total });
    try {
      const { csv, rows, fileName } = await run({
        signal: controller.signal,
        startedAt: new Date(),
        onProgress: (done, all) => setState({ phase: 'running', done, total: all }),
      });
      if (controller.signal.aborted) return;
      const url = URL.createObjectURL(csvBlob(csv));
      fileUrl.current = url;
      running.current = null;
      setState({ phase: 'done', rows, url, fileName });
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
        {texts.cancel}
      </Button>
    ) : state.phase === 'done' ? (
      <Button ref={focusTarget} onClick={() => onOpenChange(false)}>
        {t('actions.close')}
      </Button>
    ) : (
      <>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('actions.cancel')}
        </Button>
        {state.phase === 'failed' ? (
          <Button ref={focusTarget} variant="primary" onClick={() => void start()}>
            {t('actions.retry')}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void start()} disabled={total === 0}>
            {texts.start}
          </Button>
        )}
      </>
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={texts.title}
      description={texts.description}
      footer={footer}
    >
      {state.phase === 'idle' &&
        (total === 0 ? (
          <p>{texts.nothing}</p>
        ) : (
          <>
            <p className="font-medium text-slate-900">{texts.summary}</p>
            {texts.summaryNote && <p className="mt-1 text-slate-600">{texts.summaryNote}</p>}
          </>
        ))}
      {state.phase === 'running' && (
        <ExportProgress
          label={texts.progressLabel}
          text={texts.progress(number(state.done), number(state.total))}
          done={state.done}
          total={state.total}
        />
      )}
      {state.phase === 'done' && (
        <div role="status" className="flex flex-col gap-2">
          <p className="font-medium text-slate-900">{texts.done(state.rows, number(state.rows))}</p>
          <a
            href={state.url}
            download={state.fileName}
            className="text-accent-700 underline underline-offset-2 hover:text-accent-800"
          >
            {texts.saveAgain(state.fileName)}
          </a>
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="text-red-700">
          {texts.failed(describeError(t, state.error))}
        </p>
      )}
    </Dialog>
  );
}

function ExportProgress({
  label,
  text,
  done,
  total,
}: {
  label: string;
  text: string;
  done: number;
  total: number;
}) {
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={label}
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
