import type { AboutModelView } from "@/lib/view/results/about-model";

/** "About this model": said once for an executive, the raw analysis one click further for experts. */
export function AboutModel({ about, notes }: { about: AboutModelView | null | undefined; notes: string[] }) {
  if (!about && notes.length === 0) return null;
  return (
    <details className="text-sm" data-testid="about-model">
      <summary className="cursor-pointer font-medium text-brand-700 hover:underline">About this model</summary>
      <div className="mt-2 space-y-3 text-slate-700">
        {about && (
          <>
            <p data-testid="about-model-summary">{about.summary}</p>
            {about.closingLinks.length > 0 && (
              <div>
                <p className="font-medium text-slate-900">Links that close the loop</p>
                <ul className="mt-1 list-disc pl-5" data-testid="about-model-closing-links">
                  {about.closingLinks.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </div>
            )}
            {about.remedies.length > 0 && (
              <div data-testid="about-model-remedies">
                <p className="font-medium text-slate-900">Three ways to resolve it</p>
                <ol className="mt-1 list-decimal space-y-2 pl-5">
                  {about.remedies.map((r) => (
                    <li key={r.title}>
                      <span className="font-medium">{r.title}. </span>
                      {r.text}
                      {r.items.length > 0 && (
                        <ul className="mt-1 list-disc pl-5 text-xs">
                          {r.items.map((it) => (
                            <li key={it}>{it}</li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              </div>
            )}
          </>
        )}
        {(about?.expert || notes.length > 0) && (
          <details data-testid="about-model-expert">
            <summary className="cursor-pointer font-medium text-brand-700 hover:underline">
              {about?.expert?.title ?? "Details for experts"}
            </summary>
            <div className="mt-2 space-y-2">
              {about?.expert?.paragraphs.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {notes.length > 0 && (
                <ul className="list-disc space-y-1 pl-5">
                  {notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </div>
          </details>
        )}
        {about && about.citations.length > 0 && <p className="text-xs text-slate-500">Sources: {about.citations.join(" ")}</p>}
      </div>
    </details>
  );
}
