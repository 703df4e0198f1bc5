"use client";
import Link from "next/link";
import { useActionState } from "react";
import { addRoadmapItemToPlanAction } from "@/app/(app)/[org]/plan/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface RoadmapPlanContext {
  orgSlug: string;
  assessmentId: string;
  target: number | null;
  /** False for members who may only read (viewers): they see what is planned, not the button. */
  canEdit: boolean;
  /** Factor key → the initiative that already covers it. */
  planned: Record<string, { id: string; status: string }>;
}

/** One click: the roadmap item becomes a planned initiative (title, factor and actions filled in). */
export function AddToPlanButton({ plan, factorKey, name }: { plan: RoadmapPlanContext; factorKey: string; name: string }) {
  const [state, action] = useActionState(addRoadmapItemToPlanAction, null);
  const existing = plan.planned[factorKey];
  const added = state?.ok && state.data && typeof state.data === "object" && "id" in state.data ? String(state.data.id) : null;
  const link = added ?? existing?.id;
  if (link) {
    return (
      <p className="mt-2 text-xs" data-testid={`in-plan-${factorKey}`}>
        <Link href={`/${plan.orgSlug}/plan/${link}`} className="font-medium text-emerald-800 underline">
          {existing?.status === "DONE" && !added ? "Done in the plan" : "In the plan"}
        </Link>
      </p>
    );
  }
  if (!plan.canEdit) return null;
  return (
    <ActionForm action={action} className="mt-2 space-y-1">
      <input type="hidden" name="org" value={plan.orgSlug} />
      <input type="hidden" name="assessmentId" value={plan.assessmentId} />
      <input type="hidden" name="factorKey" value={factorKey} />
      {plan.target !== null && <input type="hidden" name="target" value={String(plan.target)} />}
      <SubmitButton variant="secondary" pendingText="Adding…">
        <span>
          Add to plan<span className="sr-only">: {name}</span>
        </span>
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
