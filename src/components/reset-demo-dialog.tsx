import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useDemoControls } from '@/api/runtime-context';
import { ConfirmDialog } from './confirm-dialog';
import { describeError } from './error-message';
import { toast } from './toast';

/**
 * Confirms, then restores the embedded demo backend's seed data and drops every cached answer,
 * so nothing on screen still shows the changes that were just thrown away.
 */
export function ResetDemoDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('common');
  const demo = useDemoControls();
  const queryClient = useQueryClient();
  if (!demo) return null;

  async function reset() {
    if (!demo) return;
    try {
      await demo.reset();
    } catch (error) {
      toast.error(t('demo.resetFailed', { reason: describeError(t, error) }));
      return;
    }
    // Inactive answers are dropped; the ones on screen are reset and fetched again from the fresh data.
    queryClient.removeQueries({ type: 'inactive' });
    void queryClient.resetQueries();
    toast.success(t('demo.resetDone'));
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('demo.resetTitle')}
      description={t('demo.resetBody')}
      confirmLabel={t('demo.resetConfirm')}
      tone="danger"
      onConfirm={reset}
    />
  );
}
