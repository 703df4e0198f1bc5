// Citations as readers see them: a paper's authors, year, title, journal and DOI, from one data file.
// Where a study's available text does not state a field, the citation says so rather than guess.
import data from "../data/paper-citations.json" with { type: "json" };
import type { SeedId } from "./types";

export interface PaperCitation {
  authors: string | null;
  year: number | null;
  title: string;
  journal: string | null;
  volume: string | null;
  pages: string | null;
  doi: string | null;
  /** True when the study's text gives no title and the title is Meyar's description of it. */
  descriptiveTitle: boolean;
  note: string | null;
}

const papers = data.papers as Record<SeedId, PaperCitation>;

export function paperCitationOf(id: SeedId): PaperCitation {
  const paper = papers[id];
  if (!paper) throw new Error(`No citation for study ${id}`);
  return paper;
}

/** One line in the style of APA: "Authors (Year). Title. Journal, 3(4), 53-59. https://doi.org/…  Note." */
export function formatCitation(p: PaperCitation): string {
  const title = p.descriptiveTitle ? `[${p.title}]` : p.title;
  const year = p.year !== null ? `(${p.year}).` : null;
  // APA: without authors, the title moves to the author's place, ahead of the year.
  const head = p.authors ? [`${p.authors}`, year, `${title}.`] : [`${title}.`, year];
  const venue = [p.journal, p.volume, p.pages].filter(Boolean).join(", ");
  const parts = [...head, venue ? `${venue}.` : null, p.doi ? `https://doi.org/${p.doi}` : null, p.note];
  return parts.filter(Boolean).join(" ");
}

export function paperCitation(id: SeedId): string {
  return formatCitation(paperCitationOf(id));
}
