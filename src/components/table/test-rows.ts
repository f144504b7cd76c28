import { screen, within } from '@testing-library/react';

/** The body rows of the table with this accessible name, each as its cells' text: for tests. */
export function tableRowTexts(tableName: string): string[][] {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}
