// Every organisation-scoped action, in one list: the access-matrix tests iterate over it, so an
// action added here is automatically proven to refuse other organisations and under-privileged roles.
import { changeRole, removeMember } from "./members.ts";
import { inviteMember, revokeInvitation } from "./invitations.ts";
import { updateAnonymityThreshold, updateOrganization } from "./organizations.ts";
import {
  addRespondents, closeAssessment, createAssessment, publishAssessment, remindRespondents, reopenAssessment, revokeRespondent,
} from "../assessments/manage.ts";
import { reissueRespondentLink } from "../assessments/link-rotation.ts";
import { openBillingPortal, startCheckout } from "../billing/checkout.ts";
import { createApiKey, revokeApiKey } from "../api-keys/keys.ts";

export const orgActions = [
  updateOrganization, updateAnonymityThreshold, inviteMember, revokeInvitation, changeRole, removeMember,
  createAssessment, addRespondents, remindRespondents, revokeRespondent, reissueRespondentLink, closeAssessment, reopenAssessment, publishAssessment,
  startCheckout, openBillingPortal,
  createApiKey, revokeApiKey,
] as const;
