import { csvBlob } from '@/lib/csv';

/** Saves through a link, the one way a browser downloads a file made on the page. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

/** Downloads CSV text at once (UTF-8 with the byte order mark Excel needs) and frees the file after. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(csvBlob(text));
  downloadUrl(url, fileName);
  // The browser has taken the file once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
