import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from './dropdown-menu';

function ViewMenu({ onPrint }: { onPrint: () => void }) {
  const [density, setDensity] = useState('comfortable');
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger aria-label="视图">视图</DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={onPrint}>打印</DropdownMenuItem>
          <DropdownMenuRadioGroup value={density} onValueChange={setDensity}>
            <DropdownMenuRadioItem value="comfortable">宽松</DropdownMenuRadioItem>
            <DropdownMenuRadioItem value="compact">紧凑</DropdownMenuRadioItem>
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
      <button type="button">下一个控件</button>
    </>
  );
}

describe('DropdownMenu', () => {
  it('is a menu button: opens from the keyboard, moves with arrows, closes on Escape back to the button', async () => {
    const user = userEvent.setup();
    render(<ViewMenu onPrint={() => undefined} />);
    const button = screen.getByRole('button', { name: '视图' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: '视图' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: '打印' })).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: '宽松' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitemradio', { name: '紧凑' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: '打印' })).toHaveFocus();
    await user.keyboard('紧');
    expect(screen.getByRole('menuitemradio', { name: '紧凑' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('activates an item with Enter and checks the chosen radio item', async () => {
    const user = userEvent.setup();
    const onPrint = vi.fn();
    render(<ViewMenu onPrint={onPrint} />);
    const button = screen.getByRole('button', { name: '视图' });

    await user.click(button);
    await user.keyboard('{Enter}');
    expect(onPrint).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    expect(screen.getByRole('menuitemradio', { name: '宽松' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(screen.getByRole('menuitemradio', { name: '紧凑' }));
    await user.click(button);
    expect(screen.getByRole('menuitemradio', { name: '紧凑' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('menuitemradio', { name: '宽松' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });

  it('closes when focus leaves with Tab or the user clicks elsewhere', async () => {
    const user = userEvent.setup();
    render(<ViewMenu onPrint={() => undefined} />);
    const button = screen.getByRole('button', { name: '视图' });

    await user.click(button);
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(button);
    await user.click(screen.getByRole('button', { name: '下一个控件' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一个控件' })).toHaveFocus();
  });
});
