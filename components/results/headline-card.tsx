import { Card } from "@/components/ui/card";
import {
  formatGroup,
  formatIndex,
  formatIndexInterval,
  formatInterval,
  formatScore,
  formatShare,
  levelName,
} from "@/lib/view/results/format";
import type { AssessmentResults } from "@/lib/view/results/types";
import { levelColour } from "../../lib/view/results/level-colours";

/** The overall index (0–100 and 1–5), its maturity level, uncertainty band, respondents and coverage. */
export function HeadlineCard({ results }: { results: AssessmentResults }) {
  const { overall } = results;
  const colour = levelColour(overall.level);
  const iv = overall.interval;
  const confidence = results.bootstrap ? Math.round(results.bootstrap.level * 100) : 95;
  return (
    <Card title="Overall maturity">
      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <div className="flex items-center gap-4">
          <div
            className="flex h-28 w-28 shrink-0 flex-col items-center justify-center rounded-full border-8"
            style={{ borderColor: colour.fill }}
          >
            <span className="text-4xl font-bold tabular-nums text-slate-900" data-testid="overall-index">
              {formatIndex(overall.percent)}
            </span>
            <span className="text-xs text-slate-500">of 100</span>
          </div>
          <div className="space-y-1">
            <p className="text-sm text-slate-600">Maturity level</p>
            <p className="text-2xl font-semibold text-slate-900">
              {overall.level !== null && <span className="tabular-nums">{overall.level} </span>}
              <span data-testid="overall-level">{levelName(overall.level)}</span>
            </p>
            <p className="text-sm text-slate-700">
              <span className="tabular-nums">{formatScore(overall.mean)}</span> on the 1–5 scale
            </p>
          </div>
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">Uncertainty band ({confidence}% interval)</dt>
            <dd className="font-medium text-slate-900 tabular-nums">
              {iv
                ? `${formatIndexInterval(iv.lowerPercent, iv.upperPercent)} of 100 (${formatInterval(iv.lower, iv.upper)})`
                : "Not available"}
            </dd>
            {!iv && overall.intervalNote && (
              <dd className="text-xs text-slate-600" data-testid="band-withheld">
                {overall.intervalNote}
              </dd>
            )}
          </div>
          <div>
            <dt className="text-slate-600">Respondents</dt>
            <dd className="font-medium text-slate-900">
              <span className="tabular-nums">{overall.respondents}</span>
              {results.groups.length > 0 && (
                <span className="font-normal text-slate-700">
                  {" "}
                  ({results.groups.map((g) => `${g.respondents} ${formatGroup(g.group).toLowerCase()}`).join(", ")})
                </span>
              )}
            </dd>
            {results.anonymity.groupNote && (
              <dd className="text-xs text-slate-600" data-testid="group-withheld">
                Figures for{" "}
                {results.groups
                  .filter((g) => g.withheld)
                  .map((g) => formatGroup(g.group).toLowerCase())
                  .join(" and ")}
                : {results.anonymity.groupNote}
              </dd>
            )}
          </div>
          <div>
            <dt className="text-slate-600">Coverage</dt>
            <dd className="font-medium text-slate-900 tabular-nums">
              {overall.coverage.answeredShare === null ? (
                "No answers yet"
              ) : (
                <>
                  {formatShare(overall.coverage.answeredShare)} answered
                  <span className="font-normal text-slate-700">
                    {" "}
                    · {formatShare(overall.coverage.dontKnowShare)} &ldquo;don&rsquo;t know&rdquo;
                  </span>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">By module</dt>
            <dd>
              <ul className="space-y-0.5">
                {results.modules.map((m) => (
                  <li key={m.key} className="text-slate-800">
                    {m.name}:{" "}
                    {m.mean === null ? (
                      <span className="text-slate-600">no data</span>
                    ) : (
                      <>
                        <span className="font-medium tabular-nums">{formatIndex(m.percent)}</span>
                        <span className="text-slate-600">
                          {" "}
                          ({formatScore(m.mean)}, {levelName(m.level)})
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </div>
      {results.message && (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {results.message}
        </p>
      )}
      {iv && (
        <p className="mt-4 text-xs text-slate-500">
          The band shows where the index would likely fall with a different sample of respondents from this bank (studentised bootstrap over
          respondents within each group{results.bootstrap ? `, ${results.bootstrap.samples} resamples` : ""}).
        </p>
      )}
    </Card>
  );
}
