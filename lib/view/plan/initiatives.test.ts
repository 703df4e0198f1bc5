import { describe, expect, it } from "vitest";
import { boardColumns, isOverdue, planProgress, type InitiativeLike } from "./initiatives";

const i = (id: string, status: InitiativeLike["status"], dueDate: string | null): InitiativeLike => ({
  id,
  title: `T ${id}`,
  status,
  factorKeys: [],
  dueDate,
});

describe("action plan view", () => {
  const today = "2026-12-02";
  it("is overdue only when due before today and still open", () => {
    expect(isOverdue(i("a", "PLANNED", "2026-12-01"), today)).toBe(true);
    expect(isOverdue(i("a", "IN_PROGRESS", "2026-11-01"), today)).toBe(true);
    expect(isOverdue(i("a", "PLANNED", "2026-12-02"), today)).toBe(false);
    expect(isOverdue(i("a", "DONE", "2026-11-01"), today)).toBe(false);
    expect(isOverdue(i("a", "DROPPED", "2026-11-01"), today)).toBe(false);
    expect(isOverdue(i("a", "PLANNED", null), today)).toBe(false);
  });

  it("counts progress without the dropped, and lists the overdue, longest first", () => {
    const p = planProgress(
      [
        i("1", "DONE", null),
        i("2", "DONE", "2026-01-01"),
        i("3", "IN_PROGRESS", "2026-11-30"),
        i("4", "PLANNED", "2026-10-02"),
        i("5", "DROPPED", "2026-01-01"),
      ],
      today,
    );
    expect(p).toMatchObject({ total: 4, done: 2, inProgress: 1, planned: 1, dropped: 1, percentDone: 50 });
    expect(p.overdue.map((o) => [o.id, o.daysOverdue])).toEqual([
      ["4", 61],
      ["3", 2],
    ]);
    expect(planProgress([], today).percentDone).toBeNull();
  });

  it("puts each status in its own column, by due date", () => {
    const cols = boardColumns([i("1", "PLANNED", null), i("2", "PLANNED", "2027-01-01"), i("3", "DONE", "2026-01-01")]);
    expect(cols.map((c) => c.status)).toEqual(["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"]);
    expect(cols[0]!.items.map((x) => x.id)).toEqual(["2", "1"]);
    expect(cols[2]!.items.map((x) => x.id)).toEqual(["3"]);
  });
});
