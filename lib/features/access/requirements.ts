// Who each part of the app exists for, declared once and handed to the guard (./guard.ts) by its
// pages, routes and actions. Wrong kind → "not found"; missing plan feature → 402 (pages: PlanRequired).
import type { OrgGuard } from "./guard.ts";

/** A bank's benchmark page and GET /api/v1/benchmark. */
export const BENCHMARK = { kinds: ["BANK"], feature: "benchmarkPercentiles" } as const satisfies OrgGuard;
/** A regulator's sector pages and CSVs (the drill-down also needs a live grant: lib/features/supervision/institution-view.ts). */
export const SECTOR = { kinds: ["REGULATOR"], feature: "sectorSupervision" } as const satisfies OrgGuard;
/** A consultancy's portfolio: reading its own grants stays open after a downgrade (no plan gate here). */
export const PORTFOLIO = { kinds: ["CONSULTANCY"] } as const satisfies OrgGuard;
/** Running assessments for a client bank: the portfolio plus the plan feature. */
export const PORTFOLIO_WORK = { ...PORTFOLIO, feature: "clientPortfolio" } as const satisfies OrgGuard;
/** ISM studies: banks and consultancies (existing studies stay readable after a downgrade). */
export const ISM_STUDIES = { kinds: ["BANK", "CONSULTANCY"] } as const satisfies OrgGuard;
/** Only a bank grants access to its data. */
export const GRANTOR = { kinds: ["BANK"] } as const satisfies OrgGuard;
/** Instrument health across the pool: those who run or supervise assessments (not one bank's business). */
export const INSTRUMENT_HEALTH = { kinds: ["CONSULTANCY", "REGULATOR"] } as const satisfies OrgGuard;
