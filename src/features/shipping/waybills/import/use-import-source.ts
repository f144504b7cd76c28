import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportDraftState } from './draft';
import { guessMapping, parseTableInSlices, rowsFromTable, type ColumnMapping } from './parse';
import { newRowsInSlices } from './rows';
import { textOfFile, UnsupportedFileError } from './read-file';
import type { UserStore } from './user-store';

export type SourceState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; fileName: string };

/** The table of the draft's text, kept while the text is the same (changing the mapping re-reads nothing). */
let lastTable: { text: string; rows: string[][] } | null = null;

async function tableOf(text: string, signal: AbortSignal): Promise<string[][]> {
  if (lastTable?.text === text) return lastTable.rows;
  const { rows } = await parseTableInSlices(text, signal);
  lastTable = { text, rows };
  return rows;
}

/**
 * Reading pasted text or a file into the draft, and changing the column mapping. The text is read
 * in slices so a 10,000-line paste never holds the page for long; a newer read cancels an older one.
 */
export function useImportSource(store: UserStore<ImportDraftState>) {
  const [state, setState] = useState<SourceState>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);
  /** The table of the draft's text: the mapping bar shows a sample of each column from it. */
  const [table, setTable] = useState<string[][] | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  // A restored draft has its text but not its table: read it again, quietly.
  useEffect(() => {
    const { text } = store.getState();
    if (text === '') return;
    const controller = new AbortController();
    tableOf(text, controller.signal).then(
      (rows) => {
        if (!controller.signal.aborted) setTable(rows);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [store]);

  const run = useCallback(async (work: (signal: AbortSignal) => Promise<boolean>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ kind: 'reading' });
    try {
      const found = await work(controller.signal);
      if (!controller.signal.aborted) setState(found ? { kind: 'idle' } : { kind: 'empty' });
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof UnsupportedFileError)
        setState({ kind: 'unreadable', fileName: error.fileName });
      else throw error;
    }
  }, []);

  const readText = useCallback(
    (text: string, sourceName: string | null = null) =>
      run(async (signal) => {
        const read = await tableOf(text, signal);
        setTable(read);
        const mapping = guessMapping(read);
        const rows = await newRowsInSlices(
          rowsFromTable(read, mapping),
          store.getState().nextId,
          signal,
        );
        store.getState().load({ text, sourceName }, mapping, rows);
        return rows.length > 0;
      }),
    [run, store],
  );

  const readFile = useCallback(
    (file: File) =>
      run(async (signal) => {
        const text = await textOfFile(file);
        signal.throwIfAborted();
        const read = await tableOf(text, signal);
        setTable(read);
        const mapping = guessMapping(read);
        const rows = await newRowsInSlices(
          rowsFromTable(read, mapping),
          store.getState().nextId,
          signal,
        );
        store.getState().load({ text, sourceName: file.name }, mapping, rows);
        return rows.length > 0;
      }),
    [run, store],
  );

  const changeMapping = useCallback(
    (mapping: ColumnMapping) =>
      run(async (signal) => {
        const { text, sourceName } = store.getState();
        const read = await tableOf(text, signal);
        setTable(read);
        const rows = await newRowsInSlices(
          rowsFromTable(read, mapping),
          store.getState().nextId,
          signal,
        );
        store.getState().load({ text, sourceName }, mapping, rows);
        return true;
      }),
    [run, store],
  );

  /** Stops any read and forgets the table, for a discarded draft. */
  const forget = useCallback(() => {
    current.current?.abort();
    setTable(null);
    setState({ kind: 'idle' });
  }, []);

  return { state, table, readText, readFile, changeMapping, forget };
}
