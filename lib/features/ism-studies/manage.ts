// Running an ISM study: create it, invite and revoke experts, close and reopen it, adopt its model.
// Banks and consultancies run studies; ADMIN/OWNER manage, every member reads.
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import { instrumentFactors, ownFactors, pairCount, parseFactorList } from "./factors.ts";
import {
  addExpertsSchema,
  adoptSchema,
  createStudySchema,
  expertRefSchema,
  parseExpertList,
  ruleSchema,
  studyRefSchema,
} from "./validation.ts";
import { emailExpertLinks, issueExpertToken } from "./expert-links.ts";
import { aggregateStudy, expertProgress } from "./aggregation.ts";
import { adoptionDecision } from "./adoption.ts";
import { ISM_STUDIES } from "../access/requirements.ts";

async function findStudy(db: Db, ctx: OrgContext, studyId: string) {
  return db.ismStudy.findFirst({ where: { id: studyId, organizationId: ctx.org.id } });
}

export const createIsmStudy = defineOrgAction({
  name: "ism-study.create",
  minRole: "ADMIN",
  ...ISM_STUDIES,
  // Plans gate creating studies; existing studies stay readable and manageable after a downgrade.
  feature: "ismStudies",
  mutates: true,
  schema: createStudySchema,
  async run(db, ctx, input): Promise<ActionResult<{ id: string }>> {
    let factors = instrumentFactors();
    if (input.factorSource === "own") {
      const parsed = parseFactorList(input.factorList ?? "");
      if (parsed.errors.length)
        return fail(422, "Please correct the factor list; nothing was created.", { factorList: parsed.errors.slice(0, 20) });
      factors = parsed.factors;
    }
    const study = await db.$transaction(async (tx) => {
      const s = await tx.ismStudy.create({
        data: {
          organizationId: ctx.org.id,
          name: input.name,
          createdById: ctx.user.id,
          factorKeys: factors.map((f) => f.key),
          factorNames: factors.map((f) => f.name),
        },
      });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "ism-study.created",
        target: s.id,
        detail: { name: s.name, factors: factors.length },
      });
      return s;
    });
    return ok({ id: study.id }, `${study.name} created with ${factors.length} factors (${pairCount(factors.length)} pairs per expert).`);
  },
});

export const addIsmExperts = defineOrgAction({
  name: "ism-study.add-experts",
  minRole: "ADMIN",
  ...ISM_STUDIES,
  mutates: true,
  schema: addExpertsSchema,
  async run(db, ctx, input): Promise<ActionResult<{ added: number; skipped: number; emailed: number }>> {
    const study = await findStudy(db, ctx, input.studyId);
    if (!study) return fail(404, "That study was not found.");
    if (study.status !== "OPEN") return fail(409, "This study is closed; reopen it to invite experts.");
    const parsed = parseExpertList(input.list);
    if (parsed.errors.length) return fail(422, "Please correct the list; nobody was invited.", { list: parsed.errors.slice(0, 20) });
    const existing = new Set(
      (await db.ismExpert.findMany({ where: { studyId: study.id, organizationId: ctx.org.id }, select: { email: true } })).map(
        (e) => e.email,
      ),
    );
    const issued = parsed.experts.filter((e) => !existing.has(e.email)).map((e) => ({ ...e, ...issueExpertToken() }));
    await db.$transaction(async (tx) => {
      await tx.ismExpert.createMany({
        data: issued.map((e) => ({
          studyId: study.id,
          organizationId: ctx.org.id,
          email: e.email,
          name: e.name,
          tokenHash: e.tokenHash,
          tokenSealed: e.tokenSealed,
        })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "ism-study.experts-added",
        target: study.id,
        detail: { count: issued.length },
      });
    });
    const emailed = await emailExpertLinks(ctx.org.name, study.name, pairCount(study.factorKeys.length), issued);
    const skipped = parsed.experts.length - issued.length;
    const mailNote = emailed > 0 ? ` ${emailed} e-mailed.` : " E-mail is not configured: copy each link below.";
    return ok(
      { added: issued.length, skipped, emailed },
      `${issued.length} expert(s) invited${skipped ? `, ${skipped} already invited` : ""}.${issued.length ? mailNote : ""}`,
    );
  },
});

export const revokeIsmExpert = defineOrgAction({
  name: "ism-study.revoke-expert",
  minRole: "ADMIN",
  ...ISM_STUDIES,
  mutates: true,
  schema: expertRefSchema,
  async run(db, ctx, input) {
    const { count } = await db.ismExpert.updateMany({
      where: { id: input.expertId, studyId: input.studyId, organizationId: ctx.org.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return fail(404, "That expert was not found or the link is already revoked.");
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "ism-study.expert-revoked",
      target: input.expertId,
    });
    return ok(undefined, "Link revoked; this expert's judgements no longer count.");
  },
});

function statusAction(name: string, audit: string, from: "OPEN" | "CLOSED", to: "OPEN" | "CLOSED", done: string, refused: string) {
  return defineOrgAction({
    name,
    minRole: "ADMIN",
    ...ISM_STUDIES,
    mutates: true,
    schema: studyRefSchema,
    async run(db, ctx, input) {
      const { count } = await db.ismStudy.updateMany({
        where: { id: input.studyId, organizationId: ctx.org.id, status: from },
        data: { status: to, closedAt: to === "CLOSED" ? new Date() : null },
      });
      if (count === 0) return (await findStudy(db, ctx, input.studyId)) ? fail(409, refused) : fail(404, "That study was not found.");
      await recordAudit(db, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: audit,
        target: input.studyId,
        detail: { from, to },
      });
      return ok(undefined, done);
    },
  });
}

export const closeIsmStudy = statusAction(
  "ism-study.close",
  "ism-study.closed",
  "OPEN",
  "CLOSED",
  "Study closed: experts can no longer change their judgements.",
  "Only an open study can be closed.",
);
export const reopenIsmStudy = statusAction(
  "ism-study.reopen",
  "ism-study.reopened",
  "CLOSED",
  "OPEN",
  "Study reopened.",
  "Only a closed study can be reopened.",
);

export const adoptIsmModel = defineOrgAction({
  name: "ism-study.adopt",
  minRole: "ADMIN",
  ...ISM_STUDIES,
  mutates: true,
  schema: adoptSchema,
  async run(db, ctx, input): Promise<ActionResult<{ expertCount: number }>> {
    const rule = ruleSchema.safeParse({ rule: input.rule || "majority", threshold: input.threshold });
    if (!rule.success) return validationFailure(rule.error);
    const study = await findStudy(db, ctx, input.studyId);
    if (!study) return fail(404, "That study was not found.");
    const own = ownFactors(study.factorKeys);
    if (own.length) {
      const names = study.factorKeys
        .map((k, i) => (own.includes(k) ? study.factorNames[i] : null))
        .filter(Boolean)
        .join(", ");
      return fail(
        409,
        `Only a model over the instrument's e-CRM factors can drive the roadmap; this study also has its own factors (${names}).`,
      );
    }
    const aggregated = await aggregateStudy(db, ctx.org.id, study, rule.data);
    if (!aggregated.ok) return fail(409, aggregated.reason);
    const experts = await expertProgress(db, ctx.org.id, study);
    const excused = new Set((input.proceedWithout ?? "").split(",").map((s) => s.trim()));
    const decision = adoptionDecision(experts, aggregated.model.levelCount, excused);
    if (!decision.allowed) return fail(409, decision.reasons.join(" "));
    const { ssim, expertCount } = aggregated.aggregate;
    const row = {
      studyId: study.id,
      studyName: study.name,
      factorKeys: study.factorKeys,
      factorNames: study.factorNames,
      ssim,
      ruleKind: rule.data.kind,
      threshold: rule.data.kind === "threshold" ? rule.data.threshold : null,
      expertCount,
      adoptedById: ctx.user.id,
      adoptedAt: new Date(),
    };
    await db.$transaction(async (tx) => {
      await tx.adoptedIsmModel.upsert({
        where: { organizationId: ctx.org.id },
        create: { organizationId: ctx.org.id, ...row },
        update: row,
      });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "ism-model.adopted",
        target: study.id,
        detail: { rule: rule.data.kind, threshold: row.threshold, expertCount, without: decision.missing, warnings: decision.warnings },
      });
    });
    return ok(
      { expertCount },
      [`Adopted: roadmaps now use the model of ${study.name} (${expertCount} experts).`, ...decision.warnings].join(" "),
    );
  },
});

export const resetIsmModel = defineOrgAction({
  name: "ism-study.reset-model",
  minRole: "ADMIN",
  ...ISM_STUDIES,
  mutates: true,
  schema: studyRefSchema.partial(),
  async run(db, ctx) {
    const { count } = await db.adoptedIsmModel.deleteMany({ where: { organizationId: ctx.org.id } });
    if (count === 0) return fail(409, "No adopted model to remove; roadmaps already use the published reference model.");
    await recordAudit(db, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "ism-model.reset" });
    return ok(undefined, "Roadmaps use the published reference model again.");
  },
});
