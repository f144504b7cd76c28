import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { LOCALES, isLocale, type Locale } from '@/lib/locales';
import type { PublicTrackingApi } from './api';
import { ANSWER_NAMESPACE, chosenLocale, rememberLocale, switchLocale } from './locale';
import { LookupForm } from './lookup-form';
import { usePublicTracking, type PageFailure } from './use-public-tracking';

/**
 * The answer's code and words are not needed to show the form: they load while the customer
 * types (or beside the request, for a link), so the first screen is a smaller download.
 */
const loadAnswerView = () => import('./tracking-answer');
const TrackingAnswer = lazy(() =>
  loadAnswerView().then((module) => ({ default: module.TrackingAnswer })),
);

const FAILURE_TEXT: Record<PageFailure, string> = {
  not_found: 'error.notFound',
  link_not_found: 'error.linkNotFound',
  rate_limited: 'error.rateLimited',
  unavailable: 'error.unavailable',
};

export interface TrackingPageProps {
  api: PublicTrackingApi;
  /** A link's token (?t=): the page opens that order directly. */
  initialToken?: string | null;
  /** The clock a delay is judged by. */
  now?: () => number;
}

/** The customer's tracking page: no sign-in, one order at a time. */
export function TrackingPage({ api, initialToken = null, now = Date.now }: TrackingPageProps) {
  const { t, i18n } = useTranslation('track');
  const state = usePublicTracking(api, initialToken);

  useEffect(() => {
    void loadAnswerView().catch(() => undefined);
    void i18n.loadNamespaces([ANSWER_NAMESPACE]).catch(() => undefined);
  }, [i18n]);
  const { answer } = state;
  const [switching, setSwitching] = useState(false);

  const changeLanguage = async (locale: Locale, remember: boolean) => {
    setSwitching(true);
    try {
      await switchLocale(i18n, locale);
      if (remember) rememberLocale(locale);
    } catch (error) {
      // The catalogue could not be fetched: the page stays readable in its current language.
      console.error(error);
    } finally {
      setSwitching(false);
    }
  };

  // The order's own language is the first view's, unless this customer chose one on this device.
  const answerLocale = answer?.locale;
  useEffect(() => {
    if (answerLocale && chosenLocale() === null && answerLocale !== i18n.language) {
      void switchLocale(i18n, answerLocale).catch((error: unknown) => console.error(error));
    }
  }, [answerLocale, i18n]);

  const title = t('documentTitle');
  const orderNumber = answer?.orderNumber;
  useEffect(() => {
    document.title = orderNumber ? `${orderNumber} · ${title}` : title;
  }, [orderNumber, title]);

  return (
    <div className="min-h-dvh bg-slate-50">
      <Header
        language={i18n.language}
        disabled={switching}
        onLanguage={(locale) => void changeLanguage(locale, true)}
      />
      <main className="mx-auto w-full max-w-2xl px-4 py-6 sm:py-10">
        {answer ? (
          <Suspense fallback={<Loading />}>
            <TrackingAnswer
              tracking={answer}
              focusHeading={state.answeredVia === 'form'}
              now={now()}
              onNewLookup={state.clear}
            />
          </Suspense>
        ) : state.pending === 'link' ? (
          <Loading />
        ) : (
          <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-8">
            <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">{t('intro.title')}</h1>
            <p className="mt-2 text-sm text-slate-600">{t('intro.body')}</p>
            {state.failure ? (
              <div
                role="alert"
                className="mt-5 rounded-lg border border-red-200 bg-red-50 px-3 py-3 text-sm text-red-800"
              >
                <p>{t(FAILURE_TEXT[state.failure])}</p>
                {state.retry ? (
                  <button
                    type="button"
                    onClick={state.retry}
                    className="mt-2 rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-800 hover:bg-red-100"
                  >
                    {t('error.retry')}
                  </button>
                ) : null}
              </div>
            ) : null}
            <div className="mt-6">
              <LookupForm sending={state.pending === 'form'} onLookUp={state.lookUp} />
            </div>
          </div>
        )}
      </main>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation('track');
  return (
    <p role="status" className="py-16 text-center text-slate-600">
      {t('loading')}
    </p>
  );
}

function Header({
  language,
  disabled,
  onLanguage,
}: {
  language: string;
  disabled: boolean;
  onLanguage: (locale: Locale) => void;
}) {
  const { t } = useTranslation('track');
  const selectId = useId();
  return (
    <header className="bg-slate-800 text-white">
      <div className="mx-auto flex w-full max-w-2xl items-center justify-between gap-3 px-4 py-3">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <ParcelMark />
          {t('brand')}
        </p>
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            {t('language')}
          </label>
          <GlobeMark />
          <select
            id={selectId}
            value={language}
            disabled={disabled}
            onChange={(event) => {
              if (isLocale(event.target.value)) onLanguage(event.target.value);
            }}
            className="rounded-md border border-slate-600 bg-slate-700 px-2 py-1.5 text-sm text-white"
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`languageName.${locale}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
}

function GlobeMark() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5 text-slate-300"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3Z" />
    </svg>
  );
}

function ParcelMark() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-6 text-accent-300"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M21 8 12 3 3 8v8l9 5 9-5V8Z" />
      <path d="m3 8 9 5 9-5M12 13v8" />
    </svg>
  );
}
