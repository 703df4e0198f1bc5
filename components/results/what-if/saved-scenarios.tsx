"use client";
import { useActionState, useId, useState } from "react";
import type { MaturityLevel } from "@/lib/domain/instrument/types";
import type { ActionResult } from "@/lib/view/action-result";
import { formatScore } from "@/lib/view/results/format";
import type { SavedScenarioView, WhatIfView } from "@/lib/view/scenario/what-if";
import {
  compareWhatIfAction,
  deleteWhatIfAction,
  renameWhatIfAction,
  whatIfToInitiativesAction,
} from "@/app/(app)/[org]/assessments/[id]/results/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

interface Props {
  orgSlug: string;
  saved: SavedScenarioView[];
  factorNames: Record<string, string>;
  canSave: boolean;
  canDelete: boolean;
  onLoad: (targets: Record<string, MaturityLevel>) => void;
}

function targetSummary(targets: Record<string, MaturityLevel>, names: Record<string, string>): string {
  return Object.entries(targets)
    .map(([k, l]) => `${names[k] ?? k} → ${l}`)
    .join(", ");
}

function ScenarioItem({ s, props }: { s: SavedScenarioView; props: Props }) {
  const [renameState, rename] = useActionState(renameWhatIfAction, null);
  const [deleteState, remove] = useActionState(deleteWhatIfAction, null);
  const [planState, toPlan] = useActionState(whatIfToInitiativesAction, null);
  const nameId = useId();
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 p-3" data-testid="saved-scenario">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="font-medium">{s.name}</span>
        <span className="min-w-0 break-words text-xs text-slate-600">{targetSummary(s.targets, props.factorNames)}</span>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <button
          type="button"
          onClick={() => props.onLoad(s.targets)}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50"
        >
          Load<span className="sr-only"> {s.name}</span>
        </button>
        {props.canSave && (
          <ActionForm action={rename} className="flex flex-wrap items-end gap-1">
            <input type="hidden" name="org" value={props.orgSlug} />
            <input type="hidden" name="scenarioId" value={s.id} />
            <label htmlFor={nameId} className="sr-only">
              New name for {s.name}
            </label>
            <input
              id={nameId}
              name="name"
              defaultValue={s.name}
              maxLength={80}
              className="w-36 rounded-md border border-slate-300 px-2 py-1 text-xs"
            />
            <SubmitButton size="sm" variant="secondary" pendingText="Renaming…">
              Rename
            </SubmitButton>
          </ActionForm>
        )}
        {props.canSave && (
          <ActionForm action={toPlan}>
            <input type="hidden" name="org" value={props.orgSlug} />
            <input type="hidden" name="scenarioId" value={s.id} />
            <SubmitButton size="sm" variant="secondary" pendingText="Adding…">
              Turn into initiatives
            </SubmitButton>
          </ActionForm>
        )}
        {props.canDelete && (
          <ActionForm action={remove}>
            <input type="hidden" name="org" value={props.orgSlug} />
            <input type="hidden" name="scenarioId" value={s.id} />
            <SubmitButton size="sm" variant="danger" pendingText="Deleting…">
              Delete<span className="sr-only"> {s.name}</span>
            </SubmitButton>
          </ActionForm>
        )}
      </div>
      <FormMessage state={renameState} />
      <FormMessage state={deleteState} />
      <FormMessage state={planState} />
    </li>
  );
}

type Compared = { id: string; name: string; view: WhatIfView }[];

function Comparison({ compared }: { compared: Compared }) {
  const [a, b] = compared;
  if (!a || !b) return null;
  const cell = (r: { projected: number | null; projectedLevel: number | null }) =>
    `${formatScore(r.projected)} (L${r.projectedLevel ?? "–"})`;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-sm" data-testid="what-if-comparison">
        <caption className="sr-only">
          Projected scores of {a.name} and {b.name}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
            <th scope="col" className="px-2 py-1">
              Projected
            </th>
            <th scope="col" className="px-2 py-1">
              {a.name}
            </th>
            <th scope="col" className="px-2 py-1">
              {b.name}
            </th>
          </tr>
        </thead>
        <tbody>
          {[a.view.overall, ...a.view.modules].map((row, i) => {
            const other = i === 0 ? b.view.overall : b.view.modules.find((m) => m.key === row.key);
            return (
              <tr key={row.key}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {row.name}
                </th>
                <td className="px-2 py-1 tabular-nums">{cell(row)}</td>
                <td className="px-2 py-1 tabular-nums">{other ? cell(other) : "–"}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row" className="px-2 py-1 text-left font-normal">
              ISM flags
            </th>
            <td className="px-2 py-1">{a.view.flags.length}</td>
            <td className="px-2 py-1">{b.view.flags.length}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The assessment's saved scenarios: load, rename, delete, turn into initiatives, and compare two. */
export function SavedScenarios(props: Props) {
  const [compareState, compare] = useActionState(compareWhatIfAction, null as ActionResult<unknown> | null);
  const [first, setFirst] = useState(props.saved[0]?.id ?? "");
  const [second, setSecond] = useState(props.saved[1]?.id ?? "");
  const ids = { first: useId(), second: useId() };
  if (props.saved.length === 0) return <p className="text-sm text-slate-600">No saved scenarios yet.</p>;
  const compared = compareState?.ok ? (compareState.data as Compared) : null;
  return (
    <div className="space-y-3">
      <ul className="space-y-2" aria-label="Saved scenarios">
        {props.saved.map((s) => (
          <ScenarioItem key={s.id} s={s} props={props} />
        ))}
      </ul>
      {props.saved.length >= 2 && (
        <ActionForm action={compare} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="org" value={props.orgSlug} />
          {(["first", "second"] as const).map((which) => (
            <div key={which} className="flex flex-col">
              <label htmlFor={ids[which]} className="text-xs font-medium text-slate-700">
                {which === "first" ? "Compare" : "with"}
              </label>
              <select
                id={ids[which]}
                name={which}
                value={which === "first" ? first : second}
                onChange={(e) => (which === "first" ? setFirst : setSecond)(e.target.value)}
                className="max-w-[10rem] rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                {props.saved.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <SubmitButton size="sm" variant="secondary" pendingText="Comparing…">
            Compare
          </SubmitButton>
        </ActionForm>
      )}
      {compareState && !compareState.ok && <FormMessage state={compareState} />}
      {compared && <Comparison compared={compared} />}
    </div>
  );
}
