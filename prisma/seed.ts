// Demo seed: idempotent (upserts by slug and e-mail), safe to run on every start.
// Run: npm run db:seed  (uses DATABASE_URL, or the embedded PGlite store).
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "../lib/platform/db/connect.ts";
import { hashPassword } from "../lib/platform/auth/password.ts";
import { demoAnswers, seedDemoAssessment } from "./demo-assessment.ts";
import type { LikertAnswer } from "../lib/domain/instrument/index.ts";
import { seedDemoBenchmark } from "./demo-benchmark.ts";
import { seedDemoActionPlan } from "./demo-action-plan.ts";
import { seedFreeDemoBank } from "./demo-free-bank.ts";
import { seedClientDemoAssessments } from "./demo-client-assessments.ts";
import { CONSULTANCY_CLIENTS, DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS, FREE_DEMO_BANK, demoInstitutions } from "./demo-data.ts";

export async function seedDemo(db: Db): Promise<{ organizations: number; users: number }> {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGS) {
    const row = await db.organization.upsert({ where: { slug: org.slug }, update: {}, create: { ...org, isDemo: true } });
    orgIds.set(org.slug, row.id);
  }
  const institutions = demoInstitutions();
  for (const inst of institutions) {
    const row = await db.organization.upsert({
      where: { slug: inst.slug },
      update: {},
      create: { ...inst, kind: "BANK", country: "Fictitia", isDemo: true },
    });
    orgIds.set(inst.slug, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: { email: u.email, name: u.name, passwordHash, emailVerifiedAt: new Date() },
    });
    const organizationId = idOf(orgIds, u.org);
    await db.membership.upsert({
      where: { organizationId_userId: { organizationId, userId: user.id } },
      update: {},
      create: { organizationId, userId: user.id, role: u.role },
    });
  }
  const owner = await db.user.findUnique({ where: { email: DEMO_USERS[0].email }, select: { id: true } });
  await seedDemoAssessment(db, idOf(orgIds, "atlas-bank"), owner?.id ?? null);
  await seedDemoActionPlan(db, idOf(orgIds, "atlas-bank"));
  const freeOwner = await db.user.findUnique({ where: { email: "free@demo.meyar.example" }, select: { id: true } });
  await seedFreeDemoBank(db, idOf(orgIds, FREE_DEMO_BANK), freeOwner?.id ?? null);
  const consultancy = idOf(orgIds, "meridian-advisory");
  const regulator = idOf(orgIds, "central-supervision");
  for (const client of CONSULTANCY_CLIENTS) await ensureGrant(db, "CONSULTANCY", idOf(orgIds, client), consultancy);
  await seedClientDemoAssessments(db, (slug) => idOf(orgIds, slug));
  // Every demo bank reports to the demo supervisor.
  for (const slug of ["atlas-bank", "cedar-bank", "harbor-bank", ...institutions.map((i) => i.slug)]) {
    await ensureGrant(db, "REGULATOR", idOf(orgIds, slug), regulator);
  }
  // Benchmark pool: three rounds of the fictitious banks; the demo bank's previous (2025) round only.
  const banks = [...DEMO_ORGS.filter((o) => o.kind === "BANK"), ...institutions];
  await seedDemoBenchmark(
    db,
    banks.map((b) => ({
      id: idOf(orgIds, b.slug),
      slug: b.slug,
      ownership: b.ownership,
      sizeBand: b.sizeBand,
      region: b.region,
      // Atlas's 2025 round follows its own assessment's answer model (prisma/demo-assessment.ts), another seed.
      ...(b.slug === "atlas-bank"
        ? {
            rounds: [2025],
            simulate: (round: number) =>
              demoAnswers(round, 24).map((r) => ({
                respondentId: r.email,
                group: r.group,
                answers: r.answers as Record<string, LikertAnswer>,
              })),
          }
        : {}),
    })),
  );
  return { organizations: orgIds.size, users: DEMO_USERS.length };
}

function idOf(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`demo organisation ${slug} missing`);
  return id;
}

async function ensureGrant(db: Db, kind: "CONSULTANCY" | "REGULATOR", grantorOrgId: string, granteeOrgId: string) {
  const existing = await db.accessGrant.findFirst({ where: { kind, grantorOrgId, granteeOrgId } });
  if (!existing) await db.accessGrant.create({ data: { kind, grantorOrgId, granteeOrgId } });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { prisma, close } = createPrismaClient();
  seedDemo(prisma)
    .then((r) =>
      console.log(`Demo data ready: ${r.organizations} fictitious organisations, ${r.users} demo users (password: ${DEMO_PASSWORD}).`),
    )
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(close);
}
