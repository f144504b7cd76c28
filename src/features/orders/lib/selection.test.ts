import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  isSelected,
  pageSelectionState,
  selectAllMatching,
  selectedCount,
  toBulkSelection,
  togglePage,
  toggleRow,
} from './selection';

const PAGE = ['a', 'b', 'c', 'd', 'e'];

describe('list selection', () => {
  it('ticks rows one by one and counts them', () => {
    let selection = toggleRow(emptySelection('k'), 'b', PAGE);
    selection = toggleRow(selection, 'd', PAGE);
    expect(PAGE.filter((id) => isSelected(selection, id))).toEqual(['b', 'd']);
    expect(selectedCount(selection, 100)).toBe(2);
    expect(pageSelectionState(selection, PAGE)).toBe('some');
  });

  it('extends from the last ticked row with Shift', () => {
    let selection = toggleRow(emptySelection('k'), 'b', PAGE);
    selection = toggleRow(selection, 'e', PAGE, true);
    expect(PAGE.filter((id) => isSelected(selection, id))).toEqual(['b', 'c', 'd', 'e']);
  });

  it('selects the whole page, then clears it', () => {
    const all = togglePage(toggleRow(emptySelection('k'), 'a', PAGE), PAGE);
    expect(pageSelectionState(all, PAGE)).toBe('all');
    expect(pageSelectionState(togglePage(all, PAGE), PAGE)).toBe('none');
  });

  it('selects every matching order, minus the ones unticked afterwards', () => {
    const selection = toggleRow(selectAllMatching(emptySelection('k')), 'c', PAGE);
    expect(isSelected(selection, 'zzz-on-another-page')).toBe(true);
    expect(isSelected(selection, 'c')).toBe(false);
    expect(selectedCount(selection, 3456)).toBe(3455);
    expect(toBulkSelection(selection, { storeId: ['s1'] }, 'pending_review')).toEqual({
      kind: 'filter',
      filter: { storeId: ['s1'], status: 'pending_review' },
      exclude: ['c'],
    });
  });

  it('sends ticked ids as ids', () => {
    const selection = toggleRow(emptySelection('k'), 'a', PAGE);
    expect(toBulkSelection(selection, {}, 'all')).toEqual({ kind: 'ids', ids: ['a'] });
  });
});
