// Languages on a real database: the organisation's default (owners and admins, audited, bad input refused),
// a person's own choice winning over it at sign-in, and the language a questionnaire was answered in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateDefaultLanguage } from "../../lib/features/org/organizations.ts";
import { accountLanguage, saveAccountLanguage } from "../../lib/platform/i18n/preference.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { account } from "./support/accounts.ts";

describe.each(enginesUnderTest())("languages on %s", (engine) => {
  let t: TestDatabase;
  let owner: SessionUser;
  let viewer: SessionUser;
  let org: { id: string; slug: string };
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    owner = await account(t.db, "Parisa Owner", "parisa@mellat.example", "violet canyon drumbeat");
    viewer = await account(t.db, "Vahid Viewer", "vahid@mellat.example", "amber glacier notebook");
    org = await t.db.organization.create({ data: { slug: "mellat", name: "Bank Mellat Demo", kind: "BANK" } });
    await t.db.membership.create({ data: { organizationId: org.id, userId: owner.id, role: "OWNER" } });
    await t.db.membership.create({ data: { organizationId: org.id, userId: viewer.id, role: "VIEWER" } });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("an owner sets the default language; it is audited; a viewer and a made-up language change nothing", async () => {
    expect(await accountLanguage(t.db, viewer.id)).toBeNull();
    expect(await updateDefaultLanguage.invoke(t.db, viewer, org.slug, { locale: "fa" })).toMatchObject({ ok: false, status: 403 });
    expect(await updateDefaultLanguage.invoke(t.db, owner, org.slug, { locale: "de" })).toMatchObject({ ok: false, status: 422 });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).defaultLocale).toBe("en");

    expect(await updateDefaultLanguage.invoke(t.db, owner, org.slug, { locale: "fa" })).toMatchObject({ ok: true });
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).defaultLocale).toBe("fa");
    const events = await t.db.auditEvent.findMany({ where: { organizationId: org.id, action: "org.default-language-changed" } });
    expect(events.map((e) => e.detail)).toEqual([{ from: "en", to: "fa" }]);
  });

  it("members' pages open in the organisation's default until they choose their own", async () => {
    expect(await accountLanguage(t.db, viewer.id)).toBe("fa");
    await saveAccountLanguage(t.db, viewer.id, "ar");
    expect(await accountLanguage(t.db, viewer.id)).toBe("ar");
    await saveAccountLanguage(t.db, viewer.id, "en");
    expect(await accountLanguage(t.db, viewer.id)).toBe("en");
    expect(await accountLanguage(t.db, "no-such-user")).toBeNull();
  });
});
