"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
import { redirect } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { currentUser } from "@/lib/platform/access/session";
import { createOrganization } from "@/lib/features/org/organizations";
import { acceptInvitation } from "@/lib/features/org/invitations";
import { stripActionKeys } from "@/lib/platform/http/form-fields";
import { fail, type ActionResult } from "@/lib/platform/http/action-result";

// POST new-organisation form – creates the organisation with the caller as owner.
export async function createOrganizationAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await createOrganization(db, await currentUser(), stripActionKeys(Object.fromEntries(formData.entries())));
  if (!result.ok) return result;
  redirect(`/${result.data.slug}`);
}

// POST invitation page – joins the organisation the link invites to.
export async function acceptInvitationAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await currentUser();
  if (!user) return fail(401, "Sign in to accept this invitation.");
  const token = formData.get("token");
  const result = await acceptInvitation(db, user, typeof token === "string" ? token : "");
  if (!result.ok) return result;
  redirect(`/${result.data.orgSlug}`);
}
