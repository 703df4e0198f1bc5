// The one action registry (lib/features/action-registry/registry.ts) is complete: every action definition
// in lib/features and every server action under app/ is in it (so the access matrix proves it), or
// is one of the few actions that are not about an organisation, each named here with its reason.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { orgActions } from "../../lib/features/action-registry/registry.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Server actions that act on no organisation; each authenticates in its own way. */
const NOT_ORG_SCOPED: Record<string, string> = {
  chooseLanguageAction: "the visitor's own language (a cookie), and for a signed-in person their own account",
  signInAction: "signs in: no session yet",
  singleSignOnAction: "starts a single sign-on at the identity provider: no session yet",
  signUpAction: "creates an account: no session yet",
  signOutAction: "ends the caller's own session",
  changePasswordAction: "the signed-in user's own account",
  signOutEverywhereAction: "ends the signed-in user's own sessions",
  revokeSessionAction: "ends one of the signed-in user's own sessions (scoped by user id)",
  requestPasswordResetAction: "no session: asks for a reset link by e-mail address",
  resetPasswordAction: "no session: the reset link's token decides the account",
  startTwoFactorSetupAction: "the signed-in user's own account",
  confirmTwoFactorAction: "the signed-in user's own account",
  regenerateRecoveryCodesAction: "the signed-in user's own account",
  disableTwoFactorAction: "the signed-in user's own account",
  resendVerificationAction: "the signed-in user's own account",
  verifyEmailAction: "no session needed: the confirmation link's token decides the account",
  createOrganizationAction: "creates an organisation, so there is none to be a member of yet",
  acceptInvitationAction: "the invitation token decides which organisation; membership is its result",
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function isOrgAction(v: unknown): v is (typeof orgActions)[number] {
  return typeof v === "object" && v !== null && "invoke" in v && "minRole" in v && "schema" in v && "name" in v;
}

const registered = new Set<unknown>(orgActions);
/** Only these modules can hold definitions (the others may need a running app: auth, Next). */
const definitionFiles = new Set(walk(path.join(root, "lib/features")).filter((f) => readFileSync(f, "utf8").includes("defineOrgAction(")));

describe("the action registry", () => {
  it("holds every action definition in lib/features", async () => {
    const files = [...definitionFiles];
    expect(files.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const file of files) {
      const mod: Record<string, unknown> = await import(file);
      for (const [exported, value] of Object.entries(mod)) {
        if (!isOrgAction(value)) continue;
        found.push(value.name);
        expect(
          registered.has(value),
          `${path.relative(root, file)}: ${exported} (${value.name}) is not in lib/features/action-registry/registry.ts`,
        ).toBe(true);
      }
    }
    // Nothing in the registry that is not defined somewhere (and no definition counted twice).
    expect(found.sort()).toEqual(orgActions.map((a) => a.name).sort());
  });

  it("holds every action that a server action under app/ runs, and every server action runs one", async () => {
    const files = walk(path.join(root, "app")).filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));
    expect(files.length).toBeGreaterThan(5);
    const exportedNames: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const rel = path.relative(root, file);
      // Each exported function's body, up to the next top-level declaration.
      const chunks = source.split(/\n(?=export |const |function |async function )/);
      for (const chunk of chunks) {
        const m = /^export (?:async )?function (\w+)|^export const (\w+)\s*=/.exec(chunk);
        const name = m?.[1] ?? m?.[2];
        if (!name) continue;
        exportedNames.push(name);
        if (name in NOT_ORG_SCOPED) continue;
        expect(
          chunk,
          `${rel}: ${name} must run a registered organisation action (runOrgActionFromForm) or be listed in NOT_ORG_SCOPED with a reason`,
        ).toMatch(/runOrgActionFromForm\(/);
      }
      // Every organisation action the file imports from a feature is registered.
      for (const imp of source.matchAll(/import\s*{([^}]+)}\s*from\s*"@\/(lib\/features\/[^"]+)"/g)) {
        const target = path.join(root, `${imp[2]}.ts`);
        if (!definitionFiles.has(target)) continue;
        const mod: Record<string, unknown> = await import(target);
        for (const raw of (imp[1] ?? "").split(",")) {
          const local =
            raw
              .trim()
              .replace(/^type\s+/, "")
              .split(/\s+as\s+/)[0] ?? "";
          const value = mod[local];
          if (isOrgAction(value)) expect(registered.has(value), `${rel} runs ${local} (${value.name}), which is not registered`).toBe(true);
        }
      }
    }
    // The allow-list names only server actions that exist.
    for (const name of Object.keys(NOT_ORG_SCOPED)) expect(exportedNames, name).toContain(name);
  });
});
