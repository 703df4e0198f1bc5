// Content validity from expert relevance ratings (the review kit of docs/SCORING.md §15).
//
// Each expert rates each statement's relevance to its construct on Lynn's (1986) four-point scale:
// 1 = not relevant, 2 = somewhat relevant, 3 = quite relevant, 4 = highly relevant. A rating of 3 or 4
// counts as "relevant". Following Polit, Beck & Owen (2007), "Is the CVI an acceptable indicator of content
// validity? Appraisal and recommendations", Research in Nursing & Health 30(4), 459–467:
// - I-CVI (item-level content validity index) = A / N, A = experts rating the item 3 or 4, N = experts rating it.
// - S-CVI/Ave (scale level, averaging method) = the mean of the I-CVIs; S-CVI/UA (universal agreement) = the
//   share of items every rating expert judged relevant.
// - modified kappa k* = (I-CVI − Pc) / (1 − Pc), with Pc = C(N, A) · 0.5^N the probability of chance agreement
//   on relevance. Read (Polit et al. 2007, after Cicchetti & Sparrow 1981): > 0.74 excellent, 0.60–0.74 good,
//   0.40–0.59 fair, < 0.40 poor.
// - the item criterion of Lynn (1986) as Polit & Beck (2006) state it: with five or fewer experts every one must
//   judge the item relevant (I-CVI = 1); with six or more, I-CVI ≥ 0.78 to two decimals (7 of 9 experts, 0.777…, is
//   the case the threshold was set for). The scale criterion: S-CVI/Ave ≥ 0.90 (Polit & Beck 2006).
// A missing rating (the expert left the cell empty) leaves that expert out of the item's N.

export type RelevanceRating = 1 | 2 | 3 | 4;

export const I_CVI_THRESHOLD = 0.78;
export const S_CVI_AVE_THRESHOLD = 0.9;
/** Up to this many experts, Lynn's criterion asks for universal agreement (I-CVI = 1). */
export const LYNN_SMALL_PANEL = 5;

export type KappaReading = "excellent" | "good" | "fair" | "poor";

export interface ItemRatings {
  key: string;
  /** One entry per expert; null = not rated. */
  ratings: readonly (RelevanceRating | null)[];
}

export interface ItemContentValidity {
  key: string;
  /** Experts who rated the item (N). */
  experts: number;
  /** Experts who rated it 3 or 4 (A). */
  relevant: number;
  iCvi: number | null;
  /** Probability of chance agreement on relevance, C(N, A) · 0.5^N. */
  chanceAgreement: number | null;
  modifiedKappa: number | null;
  reading: KappaReading | null;
  /** Lynn's criterion for the item's panel size; null when nobody rated it. */
  acceptable: boolean | null;
}

export interface ContentValidity {
  items: ItemContentValidity[];
  /** Items with at least one rating. */
  rated: number;
  sCviAve: number | null;
  sCviUa: number | null;
  /** S-CVI/Ave ≥ 0.90; null when no item was rated. */
  scaleAcceptable: boolean | null;
}

/** C(n, k) · 0.5^n, computed as a running product so that it stays exact enough for any panel size. */
export function chanceAgreement(n: number, a: number): number {
  if (!Number.isInteger(n) || !Number.isInteger(a) || n < 1 || a < 0 || a > n)
    throw new RangeError(`need 0 ≤ A ≤ N, N ≥ 1 (got N ${n}, A ${a})`);
  const k = Math.min(a, n - a);
  let p = Math.pow(0.5, n);
  for (let i = 1; i <= k; i++) p = (p * (n - k + i)) / i;
  return p;
}

export function kappaReading(kappa: number): KappaReading {
  if (kappa > 0.74) return "excellent";
  if (kappa >= 0.6) return "good";
  if (kappa >= 0.4) return "fair";
  return "poor";
}

export function itemContentValidity(item: ItemRatings): ItemContentValidity {
  for (const r of item.ratings)
    if (r !== null && !(r === 1 || r === 2 || r === 3 || r === 4)) throw new RangeError(`${item.key}: rating ${String(r)} is not 1–4`);
  const given = item.ratings.filter((r): r is RelevanceRating => r !== null);
  const n = given.length;
  if (n === 0)
    return {
      key: item.key,
      experts: 0,
      relevant: 0,
      iCvi: null,
      chanceAgreement: null,
      modifiedKappa: null,
      reading: null,
      acceptable: null,
    };
  const a = given.filter((r) => r >= 3).length;
  const iCvi = a / n;
  const pc = chanceAgreement(n, a);
  const kappa = (iCvi - pc) / (1 - pc);
  return {
    key: item.key,
    experts: n,
    relevant: a,
    iCvi,
    chanceAgreement: pc,
    modifiedKappa: kappa,
    reading: kappaReading(kappa),
    // .78 is 7 of 9 experts, rounded as the literature reports it: compare the I-CVI to two decimals.
    acceptable: n <= LYNN_SMALL_PANEL ? a === n : Math.round(iCvi * 100) / 100 >= I_CVI_THRESHOLD,
  };
}

/** I-CVI, modified kappa and Lynn's criterion per item, and S-CVI/Ave and S-CVI/UA over the rated items. */
export function contentValidity(items: readonly ItemRatings[]): ContentValidity {
  const rows = items.map(itemContentValidity);
  const rated = rows.filter((r) => r.iCvi !== null);
  if (rated.length === 0) return { items: rows, rated: 0, sCviAve: null, sCviUa: null, scaleAcceptable: null };
  const sCviAve = rated.reduce((s, r) => s + (r.iCvi as number), 0) / rated.length;
  const sCviUa = rated.filter((r) => r.relevant === r.experts).length / rated.length;
  return { items: rows, rated: rated.length, sCviAve, sCviUa, scaleAcceptable: sCviAve >= S_CVI_AVE_THRESHOLD };
}
