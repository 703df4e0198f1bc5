// The audit log in words: each recorded event code becomes one whole sentence with placeholders
// ({actor}, {object} and recorded details such as {from}), so that each translates as one string
// later. The codes stay the record (and the CSV's `action` column); these are only how they read.
import type { AuditRow, JsonValue } from "./types.ts";

export const AUDIT_KINDS = [
  "members",
  "assessments",
  "access",
  "plan",
  "settings",
  "security",
  "billing",
  "api",
  "ism",
  "exports",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  members: "Members and invitations",
  assessments: "Assessments and respondents",
  access: "Access grants",
  plan: "Action plan",
  settings: "Organisation settings",
  security: "Sign-ins and account security",
  billing: "Billing",
  api: "API keys",
  ism: "ISM studies",
  exports: "Exports and downloads",
};

/** What an event's target names, so that the page can look up its current name. */
export type AuditObject = "assessment" | "respondent" | "user" | "grant" | "initiative" | "apiKey" | "ismStudy" | "expert" | "organization";

interface Sentence {
  kind: AuditKind;
  /** One whole sentence; a function when the recorded detail chooses between whole sentences. */
  text: string | ((detail: Record<string, JsonValue | undefined>) => string);
  object?: AuditObject;
  /** The detail field that names the object when it no longer exists (or was never looked up). */
  recordedName?: string;
}

const S: Record<string, Sentence> = {
  "auth.signed-in": { kind: "security", text: "{actor} signed in." },
  "auth.sign-in-failed": { kind: "security", text: "A sign-in as {actor} failed." },
  "auth.password-accepted": { kind: "security", text: "{actor} entered the right password and was asked for the second factor." },
  "auth.password-changed": { kind: "security", text: "{actor} changed their password." },
  "auth.password-reset-requested": { kind: "security", text: "{actor} asked for a password reset link." },
  "auth.password-reset": { kind: "security", text: "{actor} set a new password with a reset link." },
  "auth.two-factor-enabled": { kind: "security", text: "{actor} turned on two-factor sign-in." },
  "auth.two-factor-disabled": { kind: "security", text: "{actor} turned off two-factor sign-in." },
  "auth.two-factor-failed": { kind: "security", text: "A wrong two-factor code was entered for {actor}." },
  "auth.recovery-codes-regenerated": { kind: "security", text: "{actor} made new two-factor recovery codes." },
  "auth.session-revoked": { kind: "security", text: "{actor} signed out one of their sessions." },
  "auth.email-verified": { kind: "security", text: "{actor} confirmed their e-mail address." },

  "org.created": { kind: "settings", text: "{actor} created the organisation {object}.", object: "organization" },
  "org.updated": { kind: "settings", text: "{actor} changed the organisation's profile." },
  "org.default-language-changed": { kind: "settings", text: "{actor} changed the questionnaires' default language from {from} to {to}." },
  "org.anonymity-threshold-changed": {
    kind: "settings",
    text: "{actor} changed the anonymity threshold from {from} to {to} respondents.",
  },
  "org.two-factor-policy-changed": {
    kind: "settings",
    text: (d) =>
      d.required === true ? "{actor} required two-factor sign-in for every member." : "{actor} stopped requiring two-factor sign-in.",
  },

  "member.invited": { kind: "members", text: "{actor} invited {object} as {role}.", recordedName: "email" },
  "member.invitation-revoked": { kind: "members", text: "{actor} withdrew an invitation." },
  "member.joined": { kind: "members", text: "{actor} joined the organisation as {role}." },
  "member.role-changed": { kind: "members", text: "{actor} changed the role of {object} from {from} to {to}.", object: "user" },
  "member.removed": { kind: "members", text: "{actor} removed {object} from the organisation.", object: "user" },
  "member.password-reset-issued": { kind: "members", text: "{actor} issued a password reset link for {object}.", object: "user" },
  "member.two-factor-reset": { kind: "members", text: "{actor} reset two-factor sign-in for {object}.", object: "user" },

  "assessment.created": {
    kind: "assessments",
    text: "{actor} created the assessment {object}.",
    object: "assessment",
    recordedName: "name",
  },
  "assessment.closed": { kind: "assessments", text: "{actor} closed the assessment {object}.", object: "assessment" },
  "assessment.reopened": { kind: "assessments", text: "{actor} reopened the assessment {object}.", object: "assessment" },
  "assessment.published": {
    kind: "assessments",
    text: "{actor} published the assessment {object} to the benchmark.",
    object: "assessment",
  },
  "assessment.respondents-added": {
    kind: "assessments",
    text: (d) => (d.count === 1 ? "{actor} invited 1 respondent to {object}." : "{actor} invited {count} respondents to {object}."),
    object: "assessment",
  },
  "assessment.reminded": {
    kind: "assessments",
    text: (d) => (d.count === 1 ? "{actor} reminded 1 respondent of {object}." : "{actor} reminded {count} respondents of {object}."),
    object: "assessment",
  },
  "assessment.schedule-changed": {
    kind: "assessments",
    text: "{actor} changed the closing date and reminders of {object}.",
    object: "assessment",
  },
  "assessment.reminded-on-schedule": {
    kind: "assessments",
    text: (d) =>
      d.count === 1
        ? "A scheduled reminder went to 1 respondent of {object}."
        : "Scheduled reminders went to {count} respondents of {object}.",
    object: "assessment",
  },
  "assessment.closed-on-deadline": {
    kind: "assessments",
    text: "The assessment {object} closed on its closing date.",
    object: "assessment",
  },
  "assessment.respondent-revoked": {
    kind: "assessments",
    text: "{actor} revoked the link of the respondent {object}.",
    object: "respondent",
  },
  "assessment.link-reissued": { kind: "assessments", text: "{actor} issued a new link for the respondent {object}.", object: "respondent" },
  "portfolio.assessment-created": {
    kind: "assessments",
    text: "{actor} created the assessment {object} for the client bank {bank}.",
    object: "assessment",
    recordedName: "name",
  },
  "portfolio.respondents-added": {
    kind: "assessments",
    text: (d) =>
      d.count === 1
        ? "{actor} invited 1 respondent to {object} for the client bank {bank}."
        : "{actor} invited {count} respondents to {object} for the client bank {bank}.",
    object: "assessment",
  },

  "grant.created": { kind: "access", text: "{actor} gave {object} access to this bank's data.", object: "grant" },
  "grant.revoked": { kind: "access", text: "{actor} revoked the access of {object}.", object: "grant" },
  "grant.received": { kind: "access", text: "{object} gave this organisation access to its data.", object: "grant" },
  "grant.lost": { kind: "access", text: "{object} revoked this organisation's access to its data.", object: "grant" },

  "initiative.created": {
    kind: "plan",
    text: "{actor} added the initiative {object} to the action plan.",
    object: "initiative",
    recordedName: "title",
  },
  "initiative.updated": { kind: "plan", text: "{actor} edited the initiative {object}.", object: "initiative", recordedName: "title" },
  "initiative.status-changed": {
    kind: "plan",
    text: "{actor} changed the status of the initiative {object}.",
    object: "initiative",
    recordedName: "title",
  },
  "initiative.deleted": { kind: "plan", text: "{actor} deleted the initiative {object}.", object: "initiative", recordedName: "title" },

  "billing.checkout-started": { kind: "billing", text: "{actor} started a checkout for the {plan} plan." },
  "billing.portal-opened": { kind: "billing", text: "{actor} opened the billing portal." },
  "billing.plan-event": { kind: "billing", text: "The payment provider reported a change to the subscription ({type})." },

  "api-key.created": { kind: "api", text: "{actor} created the API key {object}.", object: "apiKey", recordedName: "name" },
  "api-key.revoked": { kind: "api", text: "{actor} revoked the API key {object}.", object: "apiKey" },
  "api-key.used": { kind: "api", text: "The API key {object} was used.", object: "apiKey" },

  "ism-study.created": { kind: "ism", text: "{actor} created the ISM study {object}.", object: "ismStudy", recordedName: "name" },
  "ism-study.closed": { kind: "ism", text: "{actor} closed the ISM study {object}.", object: "ismStudy" },
  "ism-study.reopened": { kind: "ism", text: "{actor} reopened the ISM study {object}.", object: "ismStudy" },
  "ism-study.experts-added": {
    kind: "ism",
    text: (d) => (d.count === 1 ? "{actor} invited 1 expert to {object}." : "{actor} invited {count} experts to {object}."),
    object: "ismStudy",
  },
  "ism-study.expert-revoked": { kind: "ism", text: "{actor} revoked the link of the expert {object}.", object: "expert" },
  "ism-model.adopted": { kind: "ism", text: "{actor} adopted the model of the ISM study {object} for roadmaps.", object: "ismStudy" },
  "ism-model.reset": { kind: "ism", text: "{actor} went back to the published ISM model for roadmaps." },

  "assessment.exported": { kind: "exports", text: "{actor} exported the {dataset} of {object} as {format}.", object: "assessment" },
  "assessment.links-exported": {
    kind: "exports",
    text: (d) =>
      d.count === 1
        ? "{actor} downloaded the unsent questionnaire link of 1 respondent of {object}."
        : "{actor} downloaded the unsent questionnaire links of {count} respondents of {object}.",
    object: "assessment",
  },
  "assessment.report-downloaded": { kind: "exports", text: "{actor} downloaded the PDF report of {object}.", object: "assessment" },
  "initiative.exported": { kind: "exports", text: "{actor} exported the action plan as {format}." },
  "audit.exported": { kind: "exports", text: "{actor} exported the audit log." },
};

/** Event codes of a kind (the audit page's filter). */
export function auditCodesOf(kind: AuditKind): string[] {
  return Object.entries(S)
    .filter(([, s]) => s.kind === kind)
    .map(([code]) => code);
}

export function auditKindOf(code: string): AuditKind | null {
  return S[code]?.kind ?? null;
}

export function auditObjectOf(code: string): AuditObject | null {
  return S[code]?.object ?? null;
}

/** What stands for an object that is gone and whose name was not recorded. */
const DELETED = "(deleted)";

/** How an actor, object or detail value reads inside a sentence. */
const WORDS: Record<string, string> = {
  OWNER: "owner",
  ADMIN: "admin",
  ANALYST: "analyst",
  VIEWER: "viewer",
  csv: "CSV",
  json: "JSON",
  scores: "scores",
  "raw-answers": "raw answers",
  "measurement-quality": "measurement quality",
  change: "change since the previous round",
};

function word(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return WORDS[value] ?? value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export interface AuditSentenceParts {
  /** Who did it, as a person reads it (name, else e-mail); null for the system or a deleted account. */
  actor: string | null;
  /** The current name of what it was done to, when the page could look it up. */
  objectName: string | null;
}

/** One event as a sentence: "Dana Owner closed the assessment Q1 2026." */
export function auditSentence(row: Pick<AuditRow, "action" | "detail">, parts: AuditSentenceParts): string {
  const s = S[row.action];
  const detail = row.detail && typeof row.detail === "object" && !Array.isArray(row.detail) ? row.detail : {};
  if (!s) return `${parts.actor ?? "Someone"} did “${row.action}”.`;
  const template = typeof s.text === "function" ? s.text(detail) : s.text;
  const recorded = s.recordedName ? detail[s.recordedName] : undefined;
  const object = parts.objectName ?? (typeof recorded === "string" ? recorded : null) ?? DELETED;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === "actor") return parts.actor ?? "Someone";
    if (key === "object") return object;
    return word(detail[key]);
  });
}
