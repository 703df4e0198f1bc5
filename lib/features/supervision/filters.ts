// The sector page's filters from the URL: the benchmark's filter parsing (round, ownership, size band,
// region), with the region held to the one list of regions. A refused value gets a message and is
// left out, so the page still renders for the wider group.
import { parsePeerFilters, type PeerFilters } from "../benchmark/filters.ts";
import { isRegion, REGIONS } from "../../view/org/labels.ts";

export type SectorFilters = PeerFilters;

export function parseSectorFilters(raw: Record<string, string | string[] | undefined>): { filters: SectorFilters; errors: string[] } {
  const { filters, errors } = parsePeerFilters({ round: raw.round, ownership: raw.ownership, sizeBand: raw.sizeBand, region: raw.region });
  if (filters.region !== undefined && !isRegion(filters.region)) {
    const { region: _dropped, ...rest } = filters;
    return { filters: rest, errors: [...errors, `Region must be one of: ${REGIONS.join(", ")}.`] };
  }
  return { filters, errors };
}

/** The filters as URL parameters (for links that keep them). */
export function filterParams(filters: SectorFilters): Record<string, string | number | undefined> {
  return { round: filters.round, ownership: filters.ownership, sizeBand: filters.sizeBand, region: filters.region };
}
