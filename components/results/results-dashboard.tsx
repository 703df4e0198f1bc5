import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import type { AssessmentResults } from "@/lib/view/results/types";
import { AboutModel } from "./about-model";
import { CxRadar } from "./cx-radar";
import { FactorBars } from "./factor-bars";
import { FactorTable } from "./factor-table";
import { HeadlineCard } from "./headline-card";
import { IsmLevelDiagram } from "./ism-level-diagram";
import { IsmTable } from "./ism-table";
import { LevelLegend } from "./level-legend";
import { MeasurementQuality } from "./measurement-quality";
import { MicmacScatter } from "./micmac-scatter";
import { PerceptionGapList } from "./perception-gap-list";
import { ReliabilityTable } from "./reliability-table";
import { RoadmapTimeline } from "./roadmap-timeline";
import { TargetControl } from "./target-control";
import type { RoadmapPlanContext } from "@/components/plan/add-to-plan-button";
import { CarryOver } from "@/components/plan/carry-over";
import type { CarryOverView } from "@/lib/view/results/carry-over";
import type { RoundChangeOutcome } from "@/lib/view/results/round-change";
import { RoundChangeTable } from "./round-change-table";

/** Which ISM model the hierarchy and the roadmap use (the published reference model unless one was adopted). */
function ModelInUse({ label }: { label: string | undefined }) {
  return (
    <p className="text-xs text-slate-600" data-testid="ism-model-in-use">
      <span className="font-semibold">Model in use: </span>
      {label ?? "Published reference model"}
    </p>
  );
}

function IsmCard({ results, modelInUse }: { results: AssessmentResults; modelInUse?: string }) {
  const { ism } = results;
  return (
    <Card title="e-CRM hierarchy (ISM levels)">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          The {ism.factorCount} e-CRM factors by level: level 1 at the top holds the outcomes, level {ism.levelCount} at the bottom the
          foundations that drive the rest. Each box is coloured by your bank&rsquo;s maturity on that factor.
        </p>
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 sm:text-sm">
          <span className="font-semibold">{ism.source === "published" ? "Published model. " : "Computed model. "}</span>
          {ism.caveat}
        </p>
        <ModelInUse label={modelInUse} />
        <LevelLegend />
        <IsmLevelDiagram ism={ism} />
        <IsmTable ism={ism} />
        <AboutModel about={ism.about} notes={ism.notes} />
      </div>
    </Card>
  );
}

/** The results dashboard of one assessment. Server-renderable; charts are client components. */
export function ResultsDashboard({
  results,
  showTargetControl = true,
  modelInUse,
  plan,
  carryOver,
  roundChange,
}: {
  results: AssessmentResults;
  showTargetControl?: boolean;
  modelInUse?: string;
  /** The bank's own results page: "Add to plan" on each roadmap item. */
  plan?: RoadmapPlanContext;
  /** The change on factors with done initiatives since the previous round. */
  carryOver?: CarryOverView;
  /** The bank's own results page: change of every score since the previous round. */
  roundChange?: RoundChangeOutcome;
}) {
  const groupNames = results.groups.map((g) => g.group);
  const cxFactors = results.factors.filter((f) => f.moduleKey === "cx");

  if (results.status === "withheld") {
    const { threshold, submitted } = results.anonymity;
    return (
      <Card title="Overall maturity">
        <div role="status" data-testid="results-withheld" className="space-y-2 text-sm text-slate-800">
          <p className="text-base font-semibold text-slate-900">Results appear when {threshold} respondents have answered.</p>
          <p>
            {submitted} of the {threshold} needed {submitted === 1 ? "has" : "have"} submitted so far. Below that, a grouped figure could
            reveal what an individual answered, so no score, chart, group figure or roadmap is shown, exported or reported until then.
          </p>
          <p className="text-slate-600">
            Your organisation&rsquo;s owners can change the minimum (never below 3) in the organisation settings.
          </p>
        </div>
      </Card>
    );
  }

  if (results.status === "empty") {
    return (
      <div className="space-y-6">
        <HeadlineCard results={results} />
        <IsmCard results={results} modelInUse={modelInUse} />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <HeadlineCard results={results} />

      <div className="grid gap-6 lg:grid-cols-2">
        {results.cxRadar.length > 0 && (
          <Card title="Digital CX categories">
            <CxRadar points={results.cxRadar} factors={cxFactors} groups={groupNames} />
          </Card>
        )}
        <Card title="Perception gap">
          <PerceptionGapList gap={results.perceptionGap} note={results.perceptionGapNote} />
        </Card>
      </div>

      <Card title="Factor scores by respondent group">
        <div className="space-y-8">
          <p className="text-sm text-slate-700">
            Scores on the 1–5 scale. Dashed lines mark where each maturity level starts (L2 Developing at 1.80 … L5 Optimised at 4.20).
          </p>
          {results.modules.map((m) => {
            const factors = results.factors.filter((f) => f.moduleKey === m.key);
            return (
              <section key={m.key} aria-labelledby={`module-${m.key}`}>
                <h3 id={`module-${m.key}`} className="mb-2 text-sm font-semibold text-slate-900">
                  {m.name}
                </h3>
                <FactorBars factors={factors} groups={groupNames} />
                <FactorTable
                  factors={factors}
                  groups={groupNames}
                  caption={`${m.name}: factor scores on 1–5, level, 95% interval and group scores`}
                />
              </section>
            );
          })}
        </div>
      </Card>

      <Card title="Reliability and agreement">
        <ReliabilityTable rows={results.reliability} />
      </Card>

      {results.measurementQuality && <MeasurementQuality quality={results.measurementQuality} />}

      <IsmCard results={results} modelInUse={modelInUse} />

      <Card title="Driving and dependence (MICMAC)">
        <p className="mb-2 text-sm text-slate-700">
          How many factors each e-CRM factor reaches (driving power) and is reached by (dependence power), counting itself. Lines at{" "}
          {results.micmac.threshold} split the four quadrants.
        </p>
        <MicmacScatter micmac={results.micmac} />
      </Card>

      <Card
        title="Roadmap"
        actions={
          showTargetControl ? (
            <Suspense fallback={null}>
              <TargetControl value={results.roadmap.target.level} />
            </Suspense>
          ) : undefined
        }
      >
        <p className="mb-3 text-sm text-slate-700">
          Target: level {results.roadmap.target.level} {results.roadmap.target.levelName}
          {results.roadmap.target.isDefault ? " (one level above today\u2019s overall level)" : ""}. The e-CRM factors below the target, in
          phases that respect the hierarchy: drivers before what they drive.
        </p>
        <div className="mb-3">
          <ModelInUse label={modelInUse} />
        </div>
        <RoadmapTimeline roadmap={results.roadmap} plan={plan} />
      </Card>

      {roundChange && (
        <Card title="Change since the previous round">
          <RoundChangeTable outcome={roundChange} />
        </Card>
      )}

      {carryOver && plan && (
        <Card title="Action plan: change since the previous round">
          <CarryOver view={carryOver} orgSlug={plan.orgSlug} />
        </Card>
      )}
    </div>
  );
}
