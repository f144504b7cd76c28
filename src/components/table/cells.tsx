import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** A moment in a cell: the machine-readable instant, shown as the caller formatted it. */
export function TimeCell({ dateTime, children }: { dateTime: string; children: ReactNode }) {
  return (
    <time dateTime={dateTime} className="tabular-nums">
      {children}
    </time>
  );
}

/** A name with a smaller, muted second line under it (a phone number, a waybill), when there is one. */
export function TwoLineCell({
  primary,
  secondary,
}: {
  primary: ReactNode;
  secondary?: string | null;
}) {
  return (
    <span className="flex flex-col leading-tight">
      <span>{primary}</span>
      {secondary && <span className="text-xs text-slate-500 tabular-nums">{secondary}</span>}
    </span>
  );
}

interface FirstItemCellProps {
  /** The first product's name; cut with an ellipsis, whole in its tooltip. */
  name: string;
  /** How many further products the row holds. */
  more: number;
  /** The short visible mark for the others, e.g. "+2". */
  moreText: string;
  /** What a screen reader says instead, e.g. "and 2 more products". */
  moreLabel: string;
  /** The name's maximum width, a Tailwind class such as 'max-w-[14rem]'. */
  nameClassName?: string;
}

/** "First product +N": a row of several products named by its first. */
export function FirstItemCell({
  name,
  more,
  moreText,
  moreLabel,
  nameClassName = 'max-w-[16rem]',
}: FirstItemCellProps) {
  return (
    <span className="flex items-center gap-1.5">
      <span className={cn(nameClassName, 'truncate')} title={name}>
        {name}
      </span>
      {more > 0 && (
        <span className="shrink-0 text-xs text-slate-500">
          <span aria-hidden="true">{moreText}</span>
          <span className="sr-only">{moreLabel}</span>
        </span>
      )}
    </span>
  );
}
