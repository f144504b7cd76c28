import { tableToText } from './parse';

/** What the file picker offers: text tables and Excel workbooks. */
export const ACCEPTED_FILES =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class UnsupportedFileError extends Error {
  constructor(readonly fileName: string) {
    super(`cannot read ${fileName}`);
    this.name = 'UnsupportedFileError';
  }
}

/**
 * UTF-8 when the bytes are valid UTF-8; otherwise GB18030, which is what Excel on a Chinese
 * Windows writes when it saves "CSV".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Old binary .xls starts with the OLE2 signature; those need saving as .xlsx or CSV first. */
function isOldExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** The file as tab- or comma-separated text; a workbook's first sheet becomes tab-separated. */
export async function textOfFile(file: Blob & { name: string }): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isOldExcel(bytes)) throw new UnsupportedFileError(file.name);
  if (isZip(bytes)) {
    // Loaded only now: most people paste, and the first screen should not carry a zip reader.
    const { readFirstSheet } = await import('./xlsx');
    try {
      return tableToText(readFirstSheet(bytes));
    } catch {
      throw new UnsupportedFileError(file.name);
    }
  }
  return decodeText(bytes);
}
