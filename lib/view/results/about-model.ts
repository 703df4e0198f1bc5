// "About this model": the plain-words account of where the ISM structure on the results page comes from.
// Pure; built from the domain's audit of the reference model or the loop report of an adopted panel model.

import {
  DEMATEL_CITATION,
  SEED_CITATION,
  WARFIELD_CITATION,
  explainLoops,
  type IsmResult,
  type LoopReport,
  type ReferenceAudit,
} from "../../domain/ism";

export interface AboutRemedy {
  title: string;
  text: string;
  /** Extra lines (pairs to send back, an order inside the loop). */
  items: string[];
}

export interface AboutModelView {
  kind: "reference" | "panel-loop";
  /** Said once, in plain words, for an executive. */
  summary: string;
  /** The links that close the loop, "From → To". */
  closingLinks: string[];
  /** Remedies for a loop in an adopted model; empty for the reference model. */
  remedies: AboutRemedy[];
  /** One click further, for experts. */
  expert: { title: string; paragraphs: string[] } | null;
  /** Papers cited, by authors, year, title, journal and DOI where one exists. */
  citations: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The published reference model: the paper's matrix as printed closes into a loop; say how the consistent structure was obtained. */
export function aboutReferenceModel(audit: ReferenceAudit, rawLevelCount: number): AboutModelView {
  const dropped = audit.sameLevelLinks + audit.upwardLinks;
  const loops = audit.rawLoops.loops;
  const biggest = loops.reduce((m, l) => Math.max(m, l.members.length), 0);
  const closing = audit.rawLoops.feedbackArcSet.links.length;
  const closingLinks = loops.flatMap((l) => l.closingLinks.map((c) => c.text));
  const summary =
    `The source study's own table of pairwise judgements (its structural self-interaction matrix), taken exactly as printed, ` +
    `closes into ${loops.length === 1 ? "one loop" : plural(loops.length, "loop", "loops")}: ${plural(biggest, "factor", "factors")} ` +
    `all influence one another, so on its own it cannot say which factor comes first. To give a structure you can act on, this page uses the ` +
    `study's published levels and keeps ${audit.keptLinks} of the ${audit.ssimLinks} direct links in that table — those that run from a deeper ` +
    `level to a higher one — and leaves out the other ${dropped} (${audit.sameLevelLinks} between factors on the same level, ` +
    `${audit.upwardLinks} pointing back down). Removing ${plural(closing, "link", "links")} from the printed table would break the loop; ` +
    `they are listed below.`;
  const paragraphs = [
    `Analysed as printed with the standard method, the table gives ${plural(rawLevelCount, "level", "levels")}: ` +
      `the loop puts its factors on the same level, so the hierarchy the study publishes cannot be re-derived from the table alone.`,
    audit.rawLoops.summary,
    ...loops.map((l) => l.explanation),
    audit.differences.length === 0
      ? "Re-deriving the levels from the kept links with the standard method gives the published levels."
      : `Re-deriving the levels from the kept links with the standard method gives ${plural(audit.computedLevelCount, "level", "levels")}; ` +
        `${plural(audit.differences.length, "factor sits", "factors sit")} higher than published. The published levels are used.`,
  ];
  return {
    kind: "reference",
    summary,
    closingLinks,
    remedies: [],
    expert: { title: "The printed table, analysed as it stands (for experts)", paragraphs },
    citations: [SEED_CITATION, WARFIELD_CITATION],
  };
}

function remediesOf(report: LoopReport): AboutRemedy[] {
  const loop = report.loops[0];
  if (!loop) return [];
  return loop.remedies.map((r): AboutRemedy => {
    if (r.kind === "stricter-threshold") return { title: "Use a stricter agreement threshold", text: r.explanation, items: [] };
    if (r.kind === "send-back")
      return {
        title: "Send the pairs back to the experts",
        text: r.explanation,
        items: report.loops.flatMap((l) => l.closingLinks.map((c) => c.text)),
      };
    const first = r.orderings[0];
    return {
      title: "Order the factors inside the loop by direct influence",
      text: first ? `${r.explanation} Method: ${first.methodName} (${first.citation}).` : r.explanation,
      items: r.orderings.map((o) => `${o.methodName}: ${o.orderNames.join(" → ")}`),
    };
  });
}

/** An adopted panel model. Null when its final reachability has no strongly connected component of more than one factor. */
export function aboutPanelModel(model: IsmResult, expertSsims?: readonly (readonly string[])[]): AboutModelView | null {
  if (!model.cycles.some((c) => c.length > 1)) return null;
  const report = explainLoops(model, expertSsims ? { expertSsims } : {});
  if (report.loops.length === 0) return null;
  const closingLinks = report.loops.flatMap((l) => l.closingLinks.map((c) => c.text));
  const sizes = report.loops.map((l) => l.members.length);
  const summary =
    `In the panel's model ${report.loops.length === 1 ? `${sizes[0]} factors` : `${plural(report.loops.length, "group", "groups")} of factors (${sizes.join(", ")})`} ` +
    `all influence one another: they form ${report.loops.length === 1 ? "a loop" : "loops"}, so they share a level and the model cannot say ` +
    `which of them comes first. ${plural(closingLinks.length, "link closes", "links close")} ${report.loops.length === 1 ? "it" : "them"}; ` +
    "three ways to resolve this follow.";
  return {
    kind: "panel-loop",
    summary,
    closingLinks,
    remedies: remediesOf(report),
    expert: { title: "Details of the loop (for experts)", paragraphs: [report.summary, ...report.loops.map((l) => l.explanation)] },
    citations: [WARFIELD_CITATION, DEMATEL_CITATION],
  };
}
