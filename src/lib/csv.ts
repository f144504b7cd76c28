/** CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and cells that Excel cannot run as formulas. */

export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

const LINE_END = '\r\n';

/**
 * Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV
 * injection"): = + - @, and tab / CR / LF, which some of them skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A plain decimal number such as -12.50 starts with "-" but is data, and must stay a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The cell as text a spreadsheet will not evaluate: a leading apostrophe makes it a literal.
 * Plain numbers are left alone so amounts stay numeric.
 */
export function neutraliseCell(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows as CSV text. Every cell is neutralised first: an export carries text people typed (names,
 * notes, tags), and one cell starting with "=" would otherwise run when the file is opened.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(',') + LINE_END)
    .join('');
}

/** The CSV as a file: the UTF-8 byte order mark is what makes Excel read Chinese as UTF-8. */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: CSV_MEDIA_TYPE });
}
