import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportDraftState } from './draft';
import type { ColumnMapping } from './parse';
import type { SourceRead } from './read-source';
import { textOfFile, UnsupportedFileError } from './read-file';
import { readSource, warmSourceReader } from './source-reader';
import type { UserStore } from './user-store';

export type SourceState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; fileName: string };

async function read(
  text: string,
  mapping: ColumnMapping | null,
  firstId: number,
  signal: AbortSignal,
): Promise<SourceRead> {
  const answer = await readSource({ kind: 'read', text, mapping, firstId }, signal);
  if (answer.kind !== 'read') throw new Error('the reader answered another question');
  return answer.read;
}

/**
 * Reading pasted text or a file into the draft, and changing the column mapping. The text is read
 * in a worker (or in slices where there is none) so a 10,000-line paste never holds the page; the
 * rows reach the draft in one update. A newer read cancels an older one.
 */
export function useImportSource(store: UserStore<ImportDraftState>) {
  const [state, setState] = useState<SourceState>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);
  /** The first rows of the draft's table: the mapping bar shows a sample of each column from them. */
  const [table, setTable] = useState<string[][] | null>(null);

  useEffect(() => {
    warmSourceReader();
    return () => current.current?.abort();
  }, []);

  // A restored draft has its text but not its table: read it again, quietly.
  useEffect(() => {
    const { text } = store.getState();
    if (text === '') return;
    const controller = new AbortController();
    readSource({ kind: 'head', text }, controller.signal).then(
      (answer) => {
        if (!controller.signal.aborted && answer.kind === 'head') setTable(answer.head);
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

  /** The text read into rows, replacing the draft's; a null mapping is guessed from the text. */
  const load = useCallback(
    async (
      source: { text: string; sourceName: string | null },
      mapping: ColumnMapping | null,
      signal: AbortSignal,
    ) => {
      const found = await read(source.text, mapping, store.getState().nextId, signal);
      signal.throwIfAborted();
      setTable(found.head);
      store.getState().load(source, found.mapping, found.rows);
      return found.rows.length;
    },
    [store],
  );

  const readText = useCallback(
    (text: string, sourceName: string | null = null) =>
      run(async (signal) => (await load({ text, sourceName }, null, signal)) > 0),
    [run, load],
  );

  const readFile = useCallback(
    (file: File) =>
      run(async (signal) => {
        const text = await textOfFile(file);
        signal.throwIfAborted();
        return (await load({ text, sourceName: file.name }, null, signal)) > 0;
      }),
    [run, load],
  );

  const changeMapping = useCallback(
    (mapping: ColumnMapping) =>
      run(async (signal) => {
        const { text, sourceName } = store.getState();
        await load({ text, sourceName }, mapping, signal);
        return true;
      }),
    [run, load, store],
  );

  /** Stops any read and forgets the table, for a discarded draft. */
  const forget = useCallback(() => {
    current.current?.abort();
    setTable(null);
    setState({ kind: 'idle' });
  }, []);

  return { state, table, readText, readFile, changeMapping, forget };
}
