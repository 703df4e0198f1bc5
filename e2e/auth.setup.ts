// Signs in once per demo role and saves the session for the specs that act as that role.
import { test as setup } from "@playwright/test";
import { DEMO, PASSWORD, signIn, storageStateFor } from "./support.ts";

for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  setup(`sign in as the demo ${who}`, async ({ page }) => {
    await signIn(page, DEMO[who].email, PASSWORD);
    await page.context().storageState({ path: storageStateFor(who) });
  });
}
