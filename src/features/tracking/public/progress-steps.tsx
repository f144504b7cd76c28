import { PUBLIC_STEPS, type PublicStep } from '@/domain/shipment/tracking';
import { useTranslation } from '@/i18n/react';

type StepState = 'done' | 'current' | 'pending';

const SPOKEN: Record<StepState, string> = {
  done: 'answer.stepDone',
  current: 'answer.stepCurrent',
  pending: 'answer.stepPending',
};

const MARKER: Record<StepState, string> = {
  done: 'border-accent-600 bg-accent-600 text-white',
  current: 'border-accent-600 bg-white text-accent-700 ring-4 ring-accent-100',
  pending: 'border-slate-300 border-dashed bg-white text-slate-400',
};

/**
 * The five steps of an order's way to the customer. Each state has its own mark (a tick, a
 * filled dot, a dashed ring) and its own words for screen readers, so colour is never the only cue.
 */
export function ProgressSteps({ step }: { step: PublicStep }) {
  const { t } = useTranslation('track');
  const reached = PUBLIC_STEPS.indexOf(step);

  return (
    <ol aria-label={t('answer.progress')} className="grid grid-cols-5 gap-1">
      {PUBLIC_STEPS.map((name, index) => {
        const state: StepState =
          index < reached || (index === reached && name === 'delivered')
            ? 'done'
            : index === reached
              ? 'current'
              : 'pending';
        return (
          <li
            key={name}
            aria-current={index === reached ? 'step' : undefined}
            className="relative flex flex-col items-center text-center"
          >
            {index > 0 ? (
              <span
                aria-hidden="true"
                className={`absolute top-4 right-1/2 h-0.5 w-full -translate-y-1/2 ${
                  index <= reached ? 'bg-accent-600' : 'bg-slate-200'
                }`}
              />
            ) : null}
            <span
              aria-hidden="true"
              className={`relative z-10 flex size-8 items-center justify-center rounded-full border-2 text-sm font-bold ${MARKER[state]}`}
            >
              {state === 'done' ? '✓' : state === 'current' ? '●' : index + 1}
            </span>
            <span
              className={`mt-2 text-xs leading-tight sm:text-sm ${
                state === 'current' ? 'font-bold text-slate-900' : 'text-slate-600'
              }`}
            >
              {t(`tracking-events:step.${name}`)}
              <span className="sr-only"> ({t(SPOKEN[state])})</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
