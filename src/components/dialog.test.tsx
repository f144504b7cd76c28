import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '@/i18n';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n';
import { Button } from './button';
import { Dialog } from './dialog';
import { TextInput } from './field';

function NoteDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen} title="添加备注" trigger={<Button>添加备注</Button>}>
      <TextInput label="备注内容" />
    </Dialog>
  );
}

describe('Dialog', () => {
  it('moves focus in, closes on Escape and gives focus back to its opener', async () => {
    const i18n = await createI18n('zh-CN');
    render(
      <I18nProvider i18n={i18n}>
        <NoteDialog />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: '添加备注' });

    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: '添加备注' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('labels its fields and announces their errors', async () => {
    const i18n = await createI18n('zh-CN');
    render(
      <I18nProvider i18n={i18n}>
        <TextInput label="运单号" error="运单号格式不正确" />
      </I18nProvider>,
    );
    const input = screen.getByLabelText('运单号');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('运单号格式不正确');
  });
});
