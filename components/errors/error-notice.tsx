/** The body of an error page (404, 403, 500): a heading, what happened and ways back. */
export function ErrorNotice({
  code,
  title,
  message,
  children,
}: {
  code: string;
  title: string;
  message: string;
  children: React.ReactNode;
}) {
  return (
    <section className="mx-auto max-w-lg px-4 py-16 text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold tracking-wide text-brand-700">{code}</p>
      <h1 id="error-title" className="mt-1 text-2xl font-semibold">
        {title}
      </h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{children}</div>
    </section>
  );
}

const PRIMARY = "rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700";
const SECONDARY = "rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";
export const errorActionClass = { primary: PRIMARY, secondary: SECONDARY } as const;
