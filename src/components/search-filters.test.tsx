import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchFilters } from './search-filters';

function filters(q: string, onSearch: (patch: { q: string }) => void) {
  return (
    <SearchFilters
      q={q}
      onSearch={onSearch}
      searchLabel="搜索"
      searchPlaceholder=""
      searchClassName="w-64"
      filtered={q !== ''}
      clearLabel="清除筛选"
      onClear={() => undefined}
    >
      {null}
    </SearchFilters>
  );
}

describe('SearchFilters', () => {
  it('keeps what was typed when its earlier search reaches the URL late, and shows a search from elsewhere', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    const { rerender } = render(filters('', onSearch));
    const box = screen.getByRole('searchbox', { name: '搜索' });

    await user.type(box, 'jka');
    await waitFor(() => expect(onSearch).toHaveBeenCalledWith({ q: 'jka' }));
    await user.clear(box);
    await user.type(box, 'SO1');
    // The URL catches up with the first search only now.
    rerender(filters('jka', onSearch));
    expect(box).toHaveValue('SO1');

    // Back or forward: the box follows the URL.
    rerender(filters('SO9', onSearch));
    expect(box).toHaveValue('SO9');
    rerender(filters('jka', onSearch));
    expect(box).toHaveValue('jka');
  });
});
