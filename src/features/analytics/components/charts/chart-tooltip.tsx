import type { ReactNode } from 'react';

export interface TooltipLine {
  name: string;
  value: string;
  color?: string;
}

/**
 * The box a chart shows next to the pointer: what the mark is and its numbers, formatted in the
 * user's language. Recharts places it; the words come from the chart.
 */
export function TooltipBox({ title, lines }: { title: ReactNode; lines: readonly TooltipLine[] }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-medium text-slate-900">{title}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {lines.map((line) => (
          <div key={line.name} className="contents">
            <dt className="flex items-center gap-1.5 text-slate-600">
              {line.color && (
                <span
                  aria-hidden="true"
                  className="inline-block size-2 rounded-full"
                  style={{ backgroundColor: line.color }}
                />
              )}
              {line.name}
            </dt>
            <dd className="text-end font-medium text-slate-900 tabular-nums">{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The datum under the pointer, from what recharts hands a tooltip's content. */
export function activeDatum<T>(
  active: boolean | undefined,
  payload: readonly { payload?: unknown }[] | undefined,
): T | null {
  if (!active || !payload?.length) return null;
  return (payload[0]?.payload as T | undefined) ?? null;
}
