import { describe, expect, test } from "vitest";
import { csvField } from "../../platform/http/csv";
import { auditCsvHeader, auditCsvLine } from "./audit-log-csv";

const csvCell = (v: string) => csvField(v, { defuseFormulas: true });

describe("audit CSV (typed text: formulas defused)", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["+1", "'+1"],
    ["@sum", "'@sum"],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test("a row has the documented columns in order, CRLF-terminated", () => {
    expect(auditCsvHeader).toBe("time_utc,action,actor_email,target,detail_json,actor_name,target_name,description\r\n");
    const line = auditCsvLine({
      id: "x",
      createdAt: new Date("2026-11-30T09:15:00Z"),
      action: "member.role-changed",
      actor: "owner@bank.example",
      actorName: "Dana Owner",
      target: "m1",
      targetName: "Sam Analyst",
      detail: { from: "VIEWER", to: "ADMIN" },
    });
    expect(line).toBe(
      '2026-11-30T09:15:00.000Z,member.role-changed,owner@bank.example,m1,"{""from"":""VIEWER"",""to"":""ADMIN""}",Dana Owner,Sam Analyst,Dana Owner changed the role of Sam Analyst from viewer to admin.\r\n',
    );
  });
});
