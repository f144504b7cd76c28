import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { FilterSelect } from '@/components/filter-select';
import { Field, Input } from '@/components/field';
import { isCalendarDay } from '@/lib/calendar-days';
import {
  ANALYTICS_RANGES,
  MAX_PERIOD_DAYS,
  type AnalyticsFilterState,
  type AnalyticsRange,
  type RangeProblem,
} from '../lib/filters';
import type { DayRange } from '../lib/periods';

interface DayInputProps {
  label: string;
  /** The day the filters cover now. */
  value: string;
  error: string | undefined;
  min?: string;
  max?: string;
  onDay: (day: string) => void;
}

/**
 * One end of the period. A half-typed or cleared day stays in the box (the browser reports it as
 * empty) and is only applied once it is a whole day.
 */
function DayInput({ label, value, error, min, max, onDay }: DayInputProps) {
  const { t } = useTranslation('analytics');
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);
  if (value !== applied) {
    setApplied(value);
    setDraft(value);
  }
  return (
    <Field
      label={label}
      className="w-40"
      error={error ?? (draft === '' ? t('filters.dayMissing') : undefined)}
    >
      {(control) => (
        <Input
          {...control}
          type="date"
          value={draft}
          min={min}
          max={max}
          onChange={(event) => {
            const day = event.target.value;
            setDraft(day);
            if (isCalendarDay(day)) onDay(day);
          }}
        />
      )}
    </Field>
  );
}

interface PeriodFieldsProps {
  range: AnalyticsRange;
  /** The days shown in the date boxes: a named period's, or the custom days as typed. */
  period: DayRange;
  problem: RangeProblem | null;
  onChange: (patch: Pick<AnalyticsFilterState, 'range' | 'from' | 'to'>) => void;
}

/** The period: a named one from the select, or any days typed into the two date boxes. */
export function PeriodFields({ range, period, problem, onChange }: PeriodFieldsProps) {
  const { t } = useTranslation('analytics');
  const rangeError =
    problem === 'order'
      ? t('filters.rangeOrder')
      : problem === 'tooLong'
        ? t('filters.rangeTooLong', { max: MAX_PERIOD_DAYS })
        : undefined;
  const custom = (patch: Partial<DayRange>) => onChange({ range: 'custom', ...period, ...patch });

  return (
    <>
      <FilterSelect
        label={t('filters.range')}
        className="w-32"
        options={ANALYTICS_RANGES.map((value) => ({
          value,
          label: t(`filters.preset.${value}`),
        }))}
        value={range}
        onChange={(value) => {
          const next = ANALYTICS_RANGES.find((candidate) => candidate === value);
          if (next === 'custom') custom({});
          else if (next) onChange({ range: next, from: '', to: '' });
        }}
      />
      <DayInput
        label={t('filters.from')}
        value={period.from}
        error={undefined}
        max={problem ? undefined : period.to}
        onDay={(from) => custom({ from })}
      />
      <DayInput
        label={t('filters.to')}
        value={period.to}
        error={rangeError}
        min={problem ? undefined : period.from}
        onDay={(to) => custom({ to })}
      />
    </>
  );
}
