import { formatScore } from "@/lib/view/results/format";
import type { RoadmapItemView, RoadmapView } from "@/lib/view/results/types";
import { AddToPlanButton, type RoadmapPlanContext } from "@/components/plan/add-to-plan-button";
import { LevelBadge } from "./level-badge";

const LANE_NAMES: Record<string, string> = { ism: "e-CRM", ecrm: "e-CRM", cx: "Digital CX", ckm: "Customer knowledge" };
const LANE_HOW: Record<string, string> = {
  ism: "ordered by the ISM hierarchy",
  ecrm: "outside the ISM model",
  cx: "its own lane: the governing category first, the others after it",
  ckm: "its own lane, by priority",
};

/** Which lanes the roadmap covers and how each is ordered, so a CX step next to an e-CRM step reads right. */
function LaneLegend({ roadmap }: { roadmap: RoadmapView }) {
  const counts = new Map<string, number>();
  for (const p of roadmap.phases) for (const it of p.items) counts.set(it.lane, (counts.get(it.lane) ?? 0) + 1);
  if (counts.size < 2) return null;
  return (
    <p className="text-xs text-slate-600" data-testid="roadmap-lanes">
      <span className="font-semibold">This roadmap covers: </span>
      {[...counts]
        .map(([lane, n]) => `${LANE_NAMES[lane] ?? lane} (${n} step${n === 1 ? "" : "s"}, ${LANE_HOW[lane] ?? "by priority"})`)
        .join(" · ")}
    </p>
  );
}

/** One step: name, current → target, one short sentence on why it sits here; the rest behind "Details". */
function Item({ item, plan }: { item: RoadmapItemView; plan?: RoadmapPlanContext }) {
  const actionCount = item.actions.reduce((s, a) => s + a.actions.length, 0);
  return (
    <li className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid={`roadmap-item-${item.factorKey}`}>
      <h4 className="text-sm font-semibold text-slate-900">
        <span className="mr-1 text-slate-500 tabular-nums">#{item.rank}</span> {item.name}
        <span className="ml-1 align-middle text-[11px] font-normal text-slate-500">{LANE_NAMES[item.lane] ?? item.lane}</span>
      </h4>
      <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-700">
        <LevelBadge level={item.currentLevel} />
        <span aria-hidden="true">→</span>
        <span className="sr-only">to</span>
        <LevelBadge level={item.targetLevel} />
        <span className="tabular-nums">(score {formatScore(item.currentScore)})</span>
      </p>
      <p className="mt-2 text-xs text-slate-800">{item.why}</p>
      {plan && <AddToPlanButton plan={plan} factorKey={item.factorKey} name={item.name} />}
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-brand-700">
          Details and actions{actionCount > 0 ? ` (${actionCount})` : ""}
        </summary>
        <p className="mt-1 text-slate-700">{item.reason}</p>
        <p className="mt-1 text-slate-700">
          <span className="font-medium">Today:</span> {item.rubric.current}
        </p>
        <p className="mt-1 text-slate-700">
          <span className="font-medium">Target:</span> {item.rubric.target}
        </p>
        {item.waitsFor.length > 0 && (
          <p className="mt-1 text-slate-700">
            <span className="font-medium">Builds on:</span> {item.waitsFor.map((w) => `${w.name} (phase ${w.phase})`).join(", ")}
          </p>
        )}
        {item.actions.length > 0 && (
          <ol className="mt-1 space-y-1.5">
            {item.actions.map((step) => (
              <li key={`${step.from}-${step.to}`}>
                <p className="font-semibold text-slate-800">
                  Level {step.from} → {step.to}
                </p>
                <ul className="list-disc space-y-0.5 pl-4 text-slate-700">
                  {step.actions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </details>
    </li>
  );
}

/**
 * The roadmap as phases: stacked on phones, a grid that wraps on wider screens (never a sideways
 * scroller, so no phase is hidden off-screen), and one column per phase from 1536 px when they fit.
 */
export function RoadmapTimeline({ roadmap, plan }: { roadmap: RoadmapView; plan?: RoadmapPlanContext }) {
  return (
    <div className="space-y-4">
      {roadmap.error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {roadmap.error}
        </p>
      )}
      {roadmap.message && <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">{roadmap.message}</p>}
      <LaneLegend roadmap={roadmap} />
      {roadmap.phases.length > 0 && (
        <ol
          className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-[repeat(auto-fit,minmax(15rem,1fr))]"
          aria-label="Roadmap phases"
        >
          {roadmap.phases.map((p) => (
            <li key={p.phase} data-testid={`roadmap-phase-${p.phase}`} className="min-w-0">
              <div className="mb-2 flex items-center gap-2">
                <span
                  className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold text-white"
                  aria-hidden="true"
                >
                  {p.phase}
                </span>
                <h3 className="text-sm font-semibold text-slate-900">
                  Phase {p.phase}
                  <span className="font-normal text-slate-600">
                    {" "}
                    · {p.items.length} factor{p.items.length === 1 ? "" : "s"}
                  </span>
                </h3>
                <span className="hidden h-px flex-1 bg-brand-100 sm:block" aria-hidden="true" />
              </div>
              <ul className="space-y-3 border-l-2 border-brand-100 pl-3 sm:border-l-0 sm:pl-0">
                {p.items.map((it) => (
                  <Item key={it.factorKey} item={it} plan={plan} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {roadmap.consistencyFlags.length > 0 && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <h3 className="font-semibold">Consistency checks</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {roadmap.consistencyFlags.map((f) => (
              <li key={f.factorKey}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {(roadmap.meetingTarget.length > 0 || roadmap.unscored.length > 0) && (
        <div className="text-sm text-slate-700">
          {roadmap.meetingTarget.length > 0 && (
            <p>
              <span className="font-medium">Already at target:</span>{" "}
              {roadmap.meetingTarget.map((m) => `${m.name} (${m.currentLevel})`).join(", ")}.
            </p>
          )}
          {roadmap.unscored.length > 0 && (
            <p>
              <span className="font-medium">Not scored (no answers):</span> {roadmap.unscored.map((u) => u.name).join(", ")}.
            </p>
          )}
        </div>
      )}
      <p className="text-xs text-slate-500">
        {roadmap.hierarchy === "levels"
          ? "Phases follow the ISM levels: a factor comes after the deeper-level factors that drive it and are still below target."
          : "Phases follow the ISM reachability: a factor comes after the factors that drive it and are still below target."}
      </p>
    </div>
  );
}
