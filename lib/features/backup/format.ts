// The organisation backup file: everything an organisation owns, as plain JSON, so that it can be
// re-imported into an empty installation (PGlite or PostgreSQL) and give the same scores.
// Deliberately absent: password hashes and sessions (members come back by invitation), and other
// organisations' data (grants name the counterpart by slug only).
import "server-only";
import { z } from "zod";

export const BACKUP_FORMAT = "meyar-organization-backup";
export const BACKUP_VERSION = 1;

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const optionalDate = date.nullable();
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Ids are letters, digits, - and _.");
const json: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `This is not a Meyar organisation backup (format must be "${BACKUP_FORMAT}").` }),
  version: z.literal(BACKUP_VERSION, { error: `This backup's version is not supported (expected ${BACKUP_VERSION}).` }),
  exportedAt: date,
  organization: z.object({
    slug: z.string().min(1).max(60),
    name: z.string().min(1).max(200),
    kind: z.enum(["BANK", "CONSULTANCY", "REGULATOR"]),
    ownership: z.enum(["PRIVATE", "STATE"]).nullable(),
    sizeBand: z.enum(["SMALL", "MEDIUM", "LARGE"]).nullable(),
    region: z.string().max(200).nullable(),
    country: z.string().max(200).nullable(),
    isDemo: z.boolean(),
    createdAt: date,
  }),
  members: z.array(z.object({ email: z.email(), name: z.string().max(200), role: z.enum(["OWNER", "ADMIN", "ANALYST", "VIEWER"]) })),
  grants: z.array(
    z.object({
      kind: z.enum(["CONSULTANCY", "REGULATOR"]),
      direction: z.enum(["given", "held"]),
      counterpartSlug: z.string(),
      createdAt: date,
      revokedAt: optionalDate,
    }),
  ),
  assessments: z.array(
    z.object({
      id,
      name: z.string().min(1).max(200),
      frameworkVersion: z.string().min(1).max(40),
      modules: z.array(z.string().max(40)).max(10),
      groups: z.array(z.string().max(60)).max(20),
      deadline: optionalDate,
      status: z.enum(["OPEN", "CLOSED", "PUBLISHED"]),
      createdAt: date,
      closedAt: optionalDate,
      publishedAt: optionalDate,
      respondents: z.array(
        z.object({
          id,
          email: z.email(),
          group: z.string().max(60),
          tokenHash: z.string().regex(/^[a-f0-9]{64}$/),
          tokenSealed: z.string().max(1000),
          createdAt: date,
          lastSentAt: optionalDate,
          remindedCount: z.number().int().min(0),
          startedAt: optionalDate,
          submittedAt: optionalDate,
          revokedAt: optionalDate,
          answers: z.array(
            z.object({
              itemKey: z.string().min(1).max(120),
              value: z.number().int().min(1).max(5).nullable(),
              version: z.number().int().min(1),
              answeredAt: date,
            }),
          ),
        }),
      ),
    }),
  ),
  // The organisation's published scores in the benchmark pool (scores only, as published).
  benchmark: z
    .array(
      z.object({
        assessmentId: id,
        frameworkVersion: z.string().min(1).max(40),
        round: z.number().int().min(2000).max(2100),
        ownership: z.enum(["PRIVATE", "STATE"]).nullable(),
        sizeBand: z.enum(["SMALL", "MEDIUM", "LARGE"]).nullable(),
        region: z.string().max(200).nullable(),
        scores: z.array(z.number().min(1).max(5).nullable()).max(500),
        publishedAt: date,
      }),
    )
    .default([]),
  // The action plan (absent from backups made before it existed). The owner is named by e-mail and
  // restored only when that person is a member after the import; otherwise the initiative has none.
  initiatives: z
    .array(
      z.object({
        title: z.string().min(1).max(200),
        status: z.enum(["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"]),
        factorKeys: z.array(z.string().max(80)).max(50),
        ownerEmail: z.email().nullable(),
        dueDate: optionalDate,
        notes: z.string().max(10_000),
        evidenceLinks: z.array(z.string().max(2000)).max(50),
        createdFromAssessmentId: id.nullable(),
        createdAt: date,
        completedAt: optionalDate,
      }),
    )
    .default([]),
  audit: z.array(
    z.object({
      action: z.string().max(100),
      actorEmail: z.string().nullable(),
      target: z.string().nullable(),
      detail: json.nullable(),
      createdAt: date,
    }),
  ),
});

export type OrganizationBackup = z.output<typeof backupSchema>;
export type OrganizationBackupJson = z.input<typeof backupSchema>;
