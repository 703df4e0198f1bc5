// A plan limit and how much of it an organisation uses (billing page).
import type { Limit } from "../../domain/billing/plans.ts";

export interface LimitUsage {
  limit: Limit;
  used: number;
  max: number | null;
}
