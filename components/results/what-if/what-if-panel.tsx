"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { MATURITY_LEVEL_NAMES, type MaturityLevel } from "@/lib/domain/instrument/types";
import { NAMED_DRIVERS } from "@/lib/domain/scenario/project";
import { formatScore } from "@/lib/view/results/format";
import { targetsFromInitiatives, type SavedScenarioView, type WhatIfView } from "@/lib/view/scenario/what-if";
import { projectWhatIfAction, saveWhatIfAction } from "@/app/(app)/[org]/assessments/[id]/results/actions";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ProjectionTable } from "./projection-table";
import { SavedScenarios } from "./saved-scenarios";

export interface WhatIfContext {
  orgSlug: string;
  assessmentId: string;
  /** The scored factors, in the results page's order. */
  factors: { key: string; name: string; moduleName: string; mean: number; level: MaturityLevel }[];
  /** Factors linked to planned or in-progress initiatives. */
  plannedFactorKeys: string[];
  /** The projection without targets (the current results), computed on the server. */
  initial: WhatIfView;
  saved: SavedScenarioView[];
  /** ANALYSTs and up save, rename and turn scenarios into initiatives; ADMINs and up delete them. */
  canSave: boolean;
  canDelete: boolean;
}

const LEVELS = [1, 2, 3, 4, 5] as const;
const DEBOUNCE_MS = 250;
const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function LevelSelect({ id, value, onChange, label }: { id: string; value: number; onChange: (l: MaturityLevel) => void; label?: string }) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(Number(e.target.value) as MaturityLevel)}
      className={selectClass}
    >
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {l} {MATURITY_LEVEL_NAMES[l]}
        </option>
      ))}
    </select>
  );
}

/** The projection of the current targets, asked of the server as they change (debounced; the latest answer wins). */
function useProjection(ctx: WhatIfContext, targets: Record<string, MaturityLevel>) {
  // The last answer, with the targets it answers: the view is pending until it matches the current ones.
  const [answer, setAnswer] = useState<{ key: string; view: WhatIfView | null; error: string | null }>({
    key: "{}",
    view: null,
    error: null,
  });
  const latest = useRef(0);
  const key = JSON.stringify(targets);
  useEffect(() => {
    const request = ++latest.current;
    if (key === "{}") return;
    const timer = setTimeout(async () => {
      const data = new FormData();
      data.set("org", ctx.orgSlug);
      data.set("assessmentId", ctx.assessmentId);
      data.set("targets", key);
      const result = await projectWhatIfAction(null, data).catch(() => null);
      if (request !== latest.current) return;
      if (result?.ok) setAnswer({ key, view: result.data as WhatIfView, error: null });
      else
        setAnswer((a) => ({
          key,
          view: a.view,
          error:
            result && !result.ok ? (result.fieldErrors?.targets?.[0] ?? result.error) : "The projection could not be updated. Try again.",
        }));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, ctx.orgSlug, ctx.assessmentId]);
  if (key === "{}") return { view: ctx.initial, error: null, pending: false };
  return { view: answer.view ?? ctx.initial, error: answer.key === key ? answer.error : null, pending: answer.key !== key };
}

function Summary({ view, pending }: { view: WhatIfView; pending: boolean }) {
  const o = view.overall;
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" aria-live="polite" aria-busy={pending}>
      <p data-testid="what-if-overall">
        <span className="font-semibold">Projected overall: </span>
        {formatScore(o.projected)} (level {o.projectedLevel ?? "–"}
        {o.projectedLevelName ? ` ${o.projectedLevelName}` : ""}), now {formatScore(o.current)} (level {o.currentLevel ?? "–"}).
        {pending && <span className="ml-2 text-xs text-slate-500">Updating…</span>}
      </p>
      <p className="mt-1 text-xs text-slate-700" data-testid="what-if-peers">
        {view.peers.status === "ok"
          ? `Among ${view.peers.peerCount} peers (round ${view.peers.round}): ${o.peers?.projected?.label ?? "no position"}${
              o.peers?.current ? ` (now ${o.peers.current.label})` : ""
            }. Positions are read off the benchmark's published quartiles only.`
          : `No peer position: ${view.peers.reason}`}
      </p>
    </div>
  );
}

/** The what-if section of the results page: target levels for chosen factors, their projection, ISM flags, saving. */
export function WhatIfPanel({ ctx }: { ctx: WhatIfContext }) {
  const [targets, setTargets] = useState<Record<string, MaturityLevel>>({});
  const available = ctx.factors.filter((f) => targets[f.key] === undefined);
  const [choice, setChoice] = useState<string>(available[0]?.key ?? "");
  const [choiceLevel, setChoiceLevel] = useState<MaturityLevel>(3);
  const [saveState, save] = useActionState(saveWhatIfAction, null);
  const { view, error, pending } = useProjection(ctx, targets);
  const ids = { factor: useId(), level: useId(), name: useId() };
  const byKey = new Map(ctx.factors.map((f) => [f.key, f]));
  const current = Object.fromEntries(ctx.factors.map((f) => [f.key, f.mean]));
  const selected = available.some((f) => f.key === choice) ? choice : (available[0]?.key ?? "");

  const setTarget = (key: string, level: MaturityLevel) => setTargets((t) => ({ ...t, [key]: level }));
  const removeTarget = (key: string) =>
    setTargets((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== key)) as Record<string, MaturityLevel>);
  const planned = targetsFromInitiatives(ctx.plannedFactorKeys, current);

  return (
    <Card title="What if?">
      <div className="space-y-4" data-testid="what-if">
        <p className="text-sm text-slate-700">
          Set target levels for chosen factors and see the projected scores. A target raises only its own factor, to the lowest score of
          that level; every other factor keeps its current score. The ISM model is used as a check, not as a source of extra lifts: the
          published research gives no effect sizes between factors.
        </p>
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-col">
            <label htmlFor={ids.factor} className="text-xs font-medium text-slate-700">
              Factor
            </label>
            <select id={ids.factor} value={selected} onChange={(e) => setChoice(e.target.value)} className={`${selectClass} max-w-[16rem]`}>
              {available.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.name} (now level {f.level})
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col">
            <label htmlFor={ids.level} className="text-xs font-medium text-slate-700">
              Target level
            </label>
            <LevelSelect id={ids.level} value={choiceLevel} onChange={setChoiceLevel} />
          </div>
          <button
            type="button"
            disabled={!selected}
            onClick={() => selected && setTarget(selected, choiceLevel)}
            className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            Add target
          </button>
          <button
            type="button"
            disabled={Object.keys(planned).length === 0}
            onClick={() => setTargets((t) => ({ ...t, ...planned }))}
            title="Each factor of a planned or in-progress initiative gets a target one level above its current level."
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
          >
            Take the planned initiatives ({Object.keys(planned).length})
          </button>
          {Object.keys(targets).length > 0 && (
            <button type="button" onClick={() => setTargets({})} className="px-2 py-1.5 text-sm text-brand-700 underline">
              Clear targets
            </button>
          )}
        </div>

        {Object.keys(targets).length > 0 && (
          <ul className="space-y-1" aria-label="Targets">
            {Object.entries(targets).map(([key, level]) => {
              const f = byKey.get(key);
              return (
                <li key={key} className="flex flex-wrap items-center gap-2 text-sm" data-testid={`what-if-target-${key}`}>
                  <span className="min-w-0 flex-1 break-words">
                    {f?.name ?? key} <span className="text-xs text-slate-600">(now level {f?.level ?? "–"})</span>
                  </span>
                  <LevelSelect
                    id={`${ids.level}-${key}`}
                    label={`Target level for ${f?.name ?? key}`}
                    value={level}
                    onChange={(l) => setTarget(key, l)}
                  />
                  <button type="button" onClick={() => removeTarget(key)} className="text-xs text-red-700 underline">
                    Remove<span className="sr-only"> target for {f?.name ?? key}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}

        {error && (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <Summary view={view} pending={pending} />
        {view.flags.length > 0 && (
          <ul className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" aria-label="ISM checks">
            {view.flags.map((f) => (
              <li key={f.factorKey} data-testid="what-if-flag">
                {f.message}
                {f.drivers.length > NAMED_DRIVERS && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs underline">All {f.drivers.length} drivers below the target</summary>
                    <ul className="mt-1 list-disc ps-5 text-xs">
                      {f.drivers.map((d) => (
                        <li key={d.key}>
                          {d.name}:{" "}
                          {d.level === null ? "no score yet" : d.targeted ? `targeted at level ${d.level} only` : `level ${d.level}`}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        {view.ignored.length > 0 && (
          <p className="text-xs text-slate-600">Not applied: {view.ignored.map((i) => `${i.name} (${i.reason})`).join("; ")}.</p>
        )}
        <ProjectionTable view={view} />

        {ctx.canSave && (
          <ActionForm action={save} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="org" value={ctx.orgSlug} />
            <input type="hidden" name="assessmentId" value={ctx.assessmentId} />
            <input type="hidden" name="targets" value={JSON.stringify(targets)} />
            <div className="flex min-w-0 flex-col">
              <label htmlFor={ids.name} className="text-xs font-medium text-slate-700">
                Scenario name
              </label>
              <input
                id={ids.name}
                name="name"
                maxLength={80}
                required
                className="w-56 max-w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              />
            </div>
            <SubmitButton pendingText="Saving…">Save scenario</SubmitButton>
          </ActionForm>
        )}
        <FormMessage state={saveState} />

        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Saved scenarios</h3>
          <SavedScenarios
            orgSlug={ctx.orgSlug}
            saved={ctx.saved}
            factorNames={Object.fromEntries(ctx.factors.map((f) => [f.key, f.name]))}
            canSave={ctx.canSave}
            canDelete={ctx.canDelete}
            onLoad={setTargets}
          />
        </div>
      </div>
    </Card>
  );
}
