import type { BandView, MeasurementQualityView } from "@/lib/view/results/measurement-quality";
import { formatGroup, formatInterval, formatScore, formatStat } from "@/lib/view/results/format";

function Band({ label, band }: { label: string; band: BandView }) {
  return (
    <li data-testid="quality-band">
      <span className="font-medium">{label}</span>:{" "}
      {band.status === "ok" ? `${formatScore(band.estimate)} (95 % band ${formatInterval(band.lower, band.upper)})` : "no band"}
      <span className="block text-xs text-slate-500">
        n = {band.n}
        {band.withheldReason ? ` · ${band.withheldReason}` : ""}
      </span>
    </li>
  );
}

/** Measurement quality: collapsed by default (an executive can skip it), every figure an analyst needs inside. */
export function MeasurementQuality({ quality }: { quality: MeasurementQualityView }) {
  const distinguishable = quality.gaps.filter((g) => g.classification === "distinguishable");
  const rest = quality.gaps.filter((g) => g.classification !== "distinguishable");
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="measurement-quality">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">Measurement quality (for analysts)</summary>
      <div className="mt-4 space-y-5 text-sm">
        <section>
          <h3 className="font-semibold">Bands (stratified bootstrap-t, resampling within each respondent group)</h3>
          <ul className="mt-1 space-y-1">
            {quality.overallBand && <Band label="Overall" band={quality.overallBand} />}
            {quality.moduleBands.map((m) => (
              <Band key={m.moduleKey} label={`Module ${m.moduleKey}`} band={m.band} />
            ))}
          </ul>
        </section>
        {quality.gaps.length > 0 && (
          <section data-testid="quality-gaps">
            <h3 className="font-semibold">Perception gaps: {distinguishable.length} distinguishable from noise</h3>
            <div className="overflow-x-auto">
              <table className="mt-1 w-full text-left text-xs tabular-nums">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-1">Factor</th>
                    <th>Difference</th>
                    <th>Welch t (df)</th>
                    <th>Hedges&rsquo; g [95 %]</th>
                    <th>BH q</th>
                    <th>Reading</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {[...distinguishable, ...rest].map((g) => (
                    <tr key={g.factorKey} data-classification={g.classification}>
                      <td className="py-1">{g.factorName}</td>
                      <td>
                        {formatStat(g.meanDifference)} ({formatGroup(g.groupA)} − {formatGroup(g.groupB)})
                      </td>
                      <td>
                        {formatStat(g.t)} ({g.df === null ? "–" : g.df.toFixed(1)})
                      </td>
                      <td>
                        {formatStat(g.hedgesG)} {formatInterval(g.gLower, g.gUpper)}
                      </td>
                      <td>{g.q === null ? "–" : g.q.toFixed(3)}</td>
                      <td>
                        {g.classification === "distinguishable"
                          ? "distinguishable from noise"
                          : g.classification === "not-distinguishable"
                            ? "could be noise"
                            : "not tested (too few answers)"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
        <section>
          <h3 className="font-semibold">Per factor: reliability, loadings and agreement</h3>
          <div className="overflow-x-auto">
            <table className="mt-1 w-full text-left text-xs tabular-nums">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1">Factor</th>
                  <th>α [Feldt 95 %]</th>
                  <th>ω</th>
                  <th>CR</th>
                  <th>AVE</th>
                  <th>rwg(J)</th>
                  <th>r*wg(J)</th>
                  <th>Corrected item-total · loading</th>
                  <th>Reading</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {quality.factors.map((f) => (
                  <tr key={f.factorKey} data-testid={`quality-${f.factorKey}`}>
                    <td className="py-1">{f.factorName}</td>
                    <td>
                      {formatStat(f.alpha)} {formatInterval(f.alphaLower, f.alphaUpper)}
                    </td>
                    <td>{formatStat(f.omega)}</td>
                    <td>{formatStat(f.compositeReliability)}</td>
                    <td>{formatStat(f.averageVarianceExtracted)}</td>
                    <td>{formatStat(f.rwgJ)}</td>
                    <td className={f.lowAgreement ? "font-semibold text-amber-800" : ""}>
                      {formatStat(f.rwgJStar)}
                      {f.lowAgreement ? " (low)" : ""}
                    </td>
                    <td>
                      {f.items.map((i) => `${formatStat(i.itemTotal)} · ${formatStat(i.loading)}${i.flags.length ? " !" : ""}`).join("; ")}
                    </td>
                    <td>{f.reading}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section>
          <h3 className="font-semibold">Discriminant validity (HTMT; above the threshold the two factors are not distinct)</h3>
          <ul className="mt-1 space-y-1 text-xs">
            {quality.htmt.map((m) => {
              const flagged = m.pairs.filter((p) => p.flagged);
              return (
                <li key={m.moduleKey}>
                  Module {m.moduleKey}:{" "}
                  {flagged.length === 0
                    ? `no pair above ${m.threshold}`
                    : flagged.map((p) => `${p.factorA} / ${p.factorB} ${formatStat(p.htmt)}`).join("; ")}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </details>
  );
}
