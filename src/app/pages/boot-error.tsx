/** The app could not start (no configuration, no backend). Plain markup: nothing else is set up yet. */
export function BootError({
  title,
  message,
  detail,
  retryLabel,
}: {
  title: string;
  message: string;
  detail: string;
  retryLabel: string;
}) {
  return (
    <main
      role="alert"
      className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-3 px-6"
    >
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="text-sm text-slate-700">{message}</p>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 text-xs whitespace-pre-wrap text-slate-700">
        {detail}
      </pre>
      <div>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="h-8 rounded-md bg-accent-600 px-3 text-sm font-medium text-white hover:bg-accent-700"
        >
          {retryLabel}
        </button>
      </div>
    </main>
  );
}
