// Downloads for an assessment's results: the executive PDF and CSV/JSON tables. Plain links to the
// export routes (the server answers with Content-Disposition: attachment), so no client code is needed.
export function ExportMenu({
  orgSlug,
  assessmentId,
  canExportRaw,
  target,
}: {
  orgSlug: string;
  assessmentId: string;
  canExportRaw: boolean;
  target?: number;
}) {
  const base = `/api/orgs/${orgSlug}/assessments/${assessmentId}`;
  const t = target ? `&target=${target}` : "";
  const link = "rounded-md px-2 py-1 text-sm text-brand-700 underline hover:bg-slate-50";
  const datasets = [
    { key: "scores", label: "Scores" },
    { key: "roadmap", label: "Roadmap" },
    { key: "measurement-quality", label: "Measurement quality" },
    { key: "change", label: "Change since the previous round" },
    ...(canExportRaw ? [{ key: "raw-answers", label: "Raw answers (pseudonymised)" }] : []),
  ];
  return (
    <details className="relative" data-testid="export-menu">
      <summary className="cursor-pointer list-none rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Export ▾
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-72 space-y-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <a className={`${link} block font-medium`} href={`${base}/report${target ? `?target=${target}` : ""}`} download>
          Executive report (PDF)
        </a>
        {datasets.map((d) => (
          <div key={d.key} className="flex items-center justify-between gap-2">
            <span className="text-sm text-slate-700">{d.label}</span>
            <span>
              <a className={link} href={`${base}/export/${d.key}?format=csv${t}`} download>
                CSV
              </a>
              <a className={link} href={`${base}/export/${d.key}?format=json${t}`} download>
                JSON
              </a>
            </span>
          </div>
        ))}
        <p className="text-xs text-slate-500">
          One row per figure; the first row names the columns. Scores below the anonymity minimum are left empty.
        </p>
      </div>
    </details>
  );
}
