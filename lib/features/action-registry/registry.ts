// Every organisation-scoped action, in ONE list. The access-matrix tests walk it (each action ×
// a member of another organisation, every role, nobody signed in, a revoked grant where one
// applies), and tests/integration/action-registry.test.ts fails when a definition or a server
// action under app/ is missing here.
import "server-only";
import { z } from "zod";
import type { OrgAction } from "../access/action.ts";
import { changeRole, removeMember } from "../org/members.ts";
import { inviteMember, revokeInvitation } from "../org/invitations.ts";
import { updateAnonymityThreshold, updateDefaultLanguage, updateOrganization } from "../org/organizations.ts";
import { issueMemberPasswordReset, resetMemberTwoFactor, setTwoFactorPolicy } from "../org/account-security.ts";
import {
  addRespondents,
  closeAssessment,
  createAssessment,
  publishAssessment,
  remindRespondents,
  reopenAssessment,
  revokeRespondent,
} from "../assessments/manage.ts";
import { reissueRespondentLink } from "../assessments/link-rotation.ts";
import { updateAssessmentSchedule } from "../assessments/schedule.ts";
import { openBillingPortal, startCheckout } from "../billing/checkout.ts";
import { createApiKey, revokeApiKey } from "../api-keys/keys.ts";
import { grantAccess, revokeGrant } from "../grants/actions.ts";
import { addClientRespondents, createClientAssessment } from "../portfolio/actions.ts";
import {
  addIsmExperts,
  adoptIsmModel,
  closeIsmStudy,
  createIsmStudy,
  reopenIsmStudy,
  resetIsmModel,
  revokeIsmExpert,
} from "../ism-studies/manage.ts";
import {
  changeInitiativeStatus,
  createInitiative,
  createInitiativeFromRoadmap,
  deleteInitiative,
  updateInitiative,
} from "../action-plan/actions.ts";
import {
  compareWhatIfScenarios,
  deleteWhatIfScenario,
  projectWhatIf,
  renameWhatIfScenario,
  saveWhatIfScenario,
  whatIfToInitiatives,
} from "../what-if/actions.ts";

export type AnyOrgAction = OrgAction<z.ZodType, unknown>;

export const orgActions: readonly AnyOrgAction[] = [
  updateOrganization,
  updateAnonymityThreshold,
  updateDefaultLanguage,
  setTwoFactorPolicy,
  resetMemberTwoFactor,
  issueMemberPasswordReset,
  inviteMember,
  revokeInvitation,
  changeRole,
  removeMember,
  createAssessment,
  addRespondents,
  remindRespondents,
  revokeRespondent,
  reissueRespondentLink,
  closeAssessment,
  reopenAssessment,
  publishAssessment,
  updateAssessmentSchedule,
  startCheckout,
  openBillingPortal,
  createApiKey,
  revokeApiKey,
  grantAccess,
  revokeGrant,
  createClientAssessment,
  addClientRespondents,
  createIsmStudy,
  addIsmExperts,
  revokeIsmExpert,
  closeIsmStudy,
  reopenIsmStudy,
  adoptIsmModel,
  resetIsmModel,
  createInitiative,
  createInitiativeFromRoadmap,
  updateInitiative,
  changeInitiativeStatus,
  deleteInitiative,
  projectWhatIf,
  compareWhatIfScenarios,
  saveWhatIfScenario,
  renameWhatIfScenario,
  deleteWhatIfScenario,
  whatIfToInitiatives,
];

/** The actions of one concern by name prefix, e.g. "portfolio." or "ism-study.". */
export function actionsNamed(prefix: string): AnyOrgAction[] {
  return orgActions.filter((a) => a.name.startsWith(prefix));
}
