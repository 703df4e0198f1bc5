// The action plan as pages, the PDF and exports show it: status names, the board's columns, the
// plan's progress and what is overdue. Pure (no Next, React or Prisma): dates come in as values.

export const INITIATIVE_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DROPPED: "Dropped",
};

/** The API and the exports name statuses in lower case (planned, in_progress, done, dropped). */
export const statusToApi = (s: InitiativeStatus) => s.toLowerCase() as Lowercase<InitiativeStatus>;

/** Plain, serialisable initiative, as pages, exports and the API show it. */
export interface InitiativeView {
  id: string;
  title: string;
  status: InitiativeStatus;
  factorKeys: string[];
  factorNames: string[];
  owner: { membershipId: string; name: string; email: string } | null;
  /** YYYY-MM-DD or null. */
  dueDate: string | null;
  notes: string;
  evidenceLinks: string[];
  createdFromAssessmentId: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

/** What a list, the board and the overview need of one initiative. */
export interface InitiativeLike {
  id: string;
  title: string;
  status: InitiativeStatus;
  factorKeys: string[];
  /** YYYY-MM-DD or null. */
  dueDate: string | null;
}

/** The UTC calendar day of a date, as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Overdue: due before today (UTC) and neither done nor dropped. Due today is not overdue yet. */
export function isOverdue(i: Pick<InitiativeLike, "status" | "dueDate">, today: string): boolean {
  return i.dueDate !== null && i.dueDate < today && (i.status === "PLANNED" || i.status === "IN_PROGRESS");
}

export interface PlanProgress {
  /** Initiatives that count: every one but the dropped. */
  total: number;
  done: number;
  inProgress: number;
  planned: number;
  dropped: number;
  /** 0–100, rounded down; null when nothing counts. */
  percentDone: number | null;
  /** Overdue initiatives, the longest overdue first. */
  overdue: { id: string; title: string; dueDate: string; daysOverdue: number }[];
}

const DAY_MS = 86_400_000;

export function planProgress(initiatives: readonly InitiativeLike[], today: string): PlanProgress {
  const count = (s: InitiativeStatus) => initiatives.filter((i) => i.status === s).length;
  const dropped = count("DROPPED");
  const total = initiatives.length - dropped;
  const done = count("DONE");
  const overdue = initiatives
    .filter((i) => isOverdue(i, today))
    .map((i) => ({
      id: i.id,
      title: i.title,
      dueDate: i.dueDate as string,
      daysOverdue: Math.round((Date.parse(today) - Date.parse(i.dueDate as string)) / DAY_MS),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  return {
    total,
    done,
    inProgress: count("IN_PROGRESS"),
    planned: count("PLANNED"),
    dropped,
    percentDone: total === 0 ? null : Math.floor((done / total) * 100),
    overdue,
  };
}

/** The board: one column per status, in status order; within a column by due date (none last), then title. */
export function boardColumns<T extends InitiativeLike>(
  initiatives: readonly T[],
): { status: InitiativeStatus; label: string; items: T[] }[] {
  const byDue = (a: T, b: T) =>
    (a.dueDate ?? "9999-12-31").localeCompare(b.dueDate ?? "9999-12-31") || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
  return INITIATIVE_STATUSES.map((status) => ({
    status,
    label: INITIATIVE_STATUS_LABELS[status],
    items: initiatives.filter((i) => i.status === status).sort(byDue),
  }));
}
