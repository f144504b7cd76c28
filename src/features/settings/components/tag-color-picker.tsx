import { useId } from 'react';
import { useTranslation } from '@/i18n';
import { TagColor, type Tag } from '@/api/contract/reference';
import { Badge, TAG_COLOR_TONES } from '@/components/badge';
import { cn } from '@/lib/cn';

export type TagColorValue = Tag['color'];
export const TAG_COLORS: readonly TagColorValue[] = TagColor.options;

/**
 * The palette as a radio group: arrow keys move between colours, each choice is a badge in its
 * colour, and a preview shows the tag as it will look.
 */
export function TagColorPicker({
  value,
  onChange,
  previewName,
}: {
  value: TagColorValue;
  onChange: (color: TagColorValue) => void;
  previewName: string;
}) {
  const { t } = useTranslation('settings');
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('tags.form.color')}</legend>
      <div className="flex flex-wrap gap-1.5">
        {TAG_COLORS.map((color) => (
          <label
            key={color}
            className={cn(
              'cursor-pointer rounded-md p-0.5 ring-2 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-accent-600',
              value === color ? 'ring-slate-700' : 'ring-transparent hover:ring-slate-300',
            )}
          >
            <input
              type="radio"
              name={name}
              value={color}
              checked={value === color}
              onChange={() => onChange(color)}
              className="sr-only"
            />
            <Badge tone={TAG_COLOR_TONES[color] ?? 'neutral'}>{t(`tags.colors.${color}`)}</Badge>
          </label>
        ))}
      </div>
      {previewName.trim() && (
        <p className="mt-2 flex items-center gap-2 text-xs text-slate-600">
          {t('tags.form.preview')}
          <Badge tone={TAG_COLOR_TONES[value] ?? 'neutral'}>{previewName.trim()}</Badge>
        </p>
      )}
    </fieldset>
  );
}
