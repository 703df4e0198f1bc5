// Demo data: every organisation and person here is FICTITIOUS, created so that a fresh install
// has something to look at. Names end in "(demo)" and rows carry isDemo = true.

import type { Region } from "../lib/view/org/labels.ts";

export const DEMO_PASSWORD = "meyar-demo-2026";

export const DEMO_ORGS = [
  {
    slug: "atlas-bank",
    name: "Atlas Bank (demo)",
    kind: "BANK",
    ownership: "PRIVATE",
    sizeBand: "LARGE",
    region: "Gulf",
    country: "Fictitia",
  },
  { slug: "meridian-advisory", name: "Meridian Advisory (demo)", kind: "CONSULTANCY", region: "Gulf", country: "Fictitia" },
  {
    slug: "cedar-bank",
    name: "Cedar Bank (demo)",
    kind: "BANK",
    ownership: "PRIVATE",
    sizeBand: "MEDIUM",
    region: "Levant",
    country: "Fictitia",
  },
  {
    slug: "harbor-bank",
    name: "Harbor Bank (demo)",
    kind: "BANK",
    ownership: "STATE",
    sizeBand: "LARGE",
    region: "North Africa",
    country: "Fictitia",
  },
  { slug: "central-supervision", name: "Central Banking Supervision (demo)", kind: "REGULATOR", region: "Gulf", country: "Fictitia" },
  // On the Free plan (assigned by the seed), to show the plan limits even when billing is off.
  {
    slug: "harbor-savings",
    name: "Harbor Savings (demo)",
    kind: "BANK",
    ownership: "PRIVATE",
    sizeBand: "SMALL",
    region: "East Africa",
    country: "Fictitia",
  },
] as const;

export const DEMO_USERS = [
  { email: "owner@demo.meyar.example", name: "Olivia Owner", org: "atlas-bank", role: "OWNER" },
  { email: "admin@demo.meyar.example", name: "Adam Admin", org: "atlas-bank", role: "ADMIN" },
  { email: "analyst@demo.meyar.example", name: "Anna Analyst", org: "atlas-bank", role: "ANALYST" },
  { email: "viewer@demo.meyar.example", name: "Victor Viewer", org: "atlas-bank", role: "VIEWER" },
  { email: "consultant@demo.meyar.example", name: "Carla Consultant", org: "meridian-advisory", role: "OWNER" },
  { email: "regulator@demo.meyar.example", name: "Rami Regulator", org: "central-supervision", role: "OWNER" },
  { email: "free@demo.meyar.example", name: "Farah Free", org: "harbor-savings", role: "OWNER" },
] as const;

/** The demo bank on the Free plan, and its open assessment already at the Free respondent limit. */
export const FREE_DEMO_BANK = "harbor-savings";
export const FREE_DEMO_ASSESSMENT = "Harbor Savings pilot (demo)";

/** Banks that granted the demo consultancy access (its client portfolio). */
export const CONSULTANCY_CLIENTS = ["cedar-bank", "harbor-bank"] as const;

// Demo banks' regions, from the one list the forms and the benchmark filter use (typed so that a
// region outside it does not compile); the order fixes which demo bank gets which.
const REGIONS: readonly Region[] = ["Gulf", "Levant", "North Africa", "Central Asia", "South Asia", "East Africa"];
const NAME_PARTS = [
  "Amber",
  "Basalt",
  "Cobalt",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Horizon",
  "Indigo",
  "Juniper",
  "Kestrel",
  "Lumen",
  "Monsoon",
  "Nimbus",
  "Oasis",
  "Pinnacle",
  "Quartz",
  "Riverstone",
  "Saffron",
  "Tamarisk",
  "Umber",
  "Vantage",
  "Willow",
  "Zephyr",
] as const;
const SUFFIXES = ["Bank", "Commercial Bank", "Savings Bank", "Development Bank"] as const;

export interface DemoInstitution {
  slug: string;
  name: string;
  ownership: "PRIVATE" | "STATE";
  sizeBand: "SMALL" | "MEDIUM" | "LARGE";
  region: string;
}

/** 44 fictitious banks for the benchmark pool, spread over ownership, size and region (deterministic). */
export function demoInstitutions(count = 44): DemoInstitution[] {
  const sizes = ["SMALL", "MEDIUM", "LARGE"] as const;
  return Array.from({ length: count }, (_, i) => {
    const part = NAME_PARTS[i % NAME_PARTS.length] ?? "Demo";
    const suffix = SUFFIXES[Math.floor(i / NAME_PARTS.length) % SUFFIXES.length] ?? "Bank";
    const name = `${part} ${suffix}`;
    return {
      slug: `demo-${name.toLowerCase().replace(/\s+/g, "-")}`,
      name: `${name} (demo)`,
      // About one bank in three is state-owned, as in many markets the seeds describe.
      ownership: i % 3 === 1 ? "STATE" : "PRIVATE",
      sizeBand: sizes[(i * 7) % 3] ?? "MEDIUM",
      region: REGIONS[(i * 5) % REGIONS.length] ?? "Gulf",
    };
  });
}
