import { useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Button } from '@/components/button';
import { cn } from '@/lib/cn';
import { ACCEPTED_FILES } from './read-file';

interface SourceFormProps {
  /** The draft's text, shown again after a reload. */
  initialText: string;
  reading: boolean;
  onText: (text: string) => void;
  onFile: (file: File) => void;
}

/**
 * The paste area and the file picker. The area is left to the browser (not re-rendered per
 * keystroke, which a 10,000-line paste could not afford); a paste is read as soon as it lands.
 */
export function SourceForm({ initialText, reading, onText, onFile }: SourceFormProps) {
  const { t } = useTranslation('waybill-import');
  const area = useRef<HTMLTextAreaElement>(null);
  // Only the first text: handing React a new default later would rewrite (and lay out) the whole area.
  const [firstText] = useState(initialText);
  const areaId = useId();
  const hintId = useId();
  const fileId = useId();

  const readArea = () => {
    if (area.current) onText(area.current.value);
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={areaId} className="text-sm font-medium text-slate-800">
        {t('import.pasteLabel')}
      </label>
      <textarea
        ref={area}
        id={areaId}
        aria-describedby={hintId}
        defaultValue={firstText}
        spellCheck={false}
        wrap="off"
        placeholder={t('import.pastePlaceholder')}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (event.currentTarget.value.trim() === '' && pasted !== '') {
            // Read straight from the clipboard: laying out 10,000 lines in the area would hold
            // the page for a second, and the preview shows them better.
            event.preventDefault();
            onText(pasted);
            return;
          }
          // Pasted into typed text: the whole is in the area only after the event.
          setTimeout(readArea, 0);
        }}
        className={cn(
          'w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm text-slate-900 shadow-xs',
          'placeholder:text-slate-500 focus:border-accent-500',
          'h-56',
        )}
      />
      <p id={hintId} className="text-xs text-slate-600">
        {t('import.pasteHint')}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={readArea} busy={reading}>
          {t('import.read')}
        </Button>
        <label
          htmlFor={fileId}
          className="inline-flex h-8 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-50 has-focus-visible:outline-2 has-focus-visible:outline-accent-500"
        >
          {t('import.chooseFile')}
        </label>
        <input
          id={fileId}
          type="file"
          accept={ACCEPTED_FILES}
          className="sr-only"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <span className="text-xs text-slate-600">{t('import.fileTypes')}</span>
      </div>
    </div>
  );
}
