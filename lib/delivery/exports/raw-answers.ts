// Raw answers of the submitted questionnaires, streamed: respondents are read from the database a page
// at a time, so a large assessment never sits in memory whole. Respondents are pseudonymised (R001, …,
// numbered in a stable order) and carry only their group — never an e-mail address or a link.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { allItems, type FrameworkDef, type ModuleKey } from "../../domain/instrument/index.ts";
import { csvLine, type CsvValue } from "../../platform/http/csv.ts";

export const RAW_ANSWER_COLUMNS = ["respondent", "group", "module", "factor", "item", "reverse", "value"] as const;
export type RawAnswerRow = Record<(typeof RAW_ANSWER_COLUMNS)[number], CsvValue>;

export const RESPONDENTS_PER_PAGE = 100;

export function pseudonym(index: number): string {
  return `R${String(index + 1).padStart(3, "0")}`;
}

interface RawAnswerSource {
  db: Db;
  organizationId: string;
  assessmentId: string;
  framework: FrameworkDef;
  modules: ModuleKey[];
}

/** Rows in respondent order, then questionnaire order; "don't know" has an empty value. */
export async function* rawAnswerRows(src: RawAnswerSource, pageSize = RESPONDENTS_PER_PAGE): AsyncGenerator<RawAnswerRow[]> {
  const items = allItems(src.framework, src.modules);
  const order = new Map(items.map((it, i) => [it.key, i]));
  const itemByKey = new Map(items.map((it) => [it.key, it]));
  let after: string | undefined;
  let index = 0;
  for (;;) {
    const page = await src.db.respondent.findMany({
      where: {
        organizationId: src.organizationId,
        assessmentId: src.assessmentId,
        submittedAt: { not: null },
        revokedAt: null,
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, group: true, answers: { select: { itemKey: true, value: true } } },
    });
    if (page.length === 0) return;
    const rows: RawAnswerRow[] = [];
    for (const r of page) {
      const name = pseudonym(index++);
      const answers = r.answers
        .filter((a) => order.has(a.itemKey))
        .sort((a, b) => (order.get(a.itemKey) ?? 0) - (order.get(b.itemKey) ?? 0));
      for (const a of answers) {
        const item = itemByKey.get(a.itemKey);
        if (!item) continue;
        rows.push({
          respondent: name,
          group: r.group,
          module: item.moduleKey,
          factor: item.factorKey,
          item: item.key,
          reverse: item.reverse,
          value: a.value,
        });
      }
    }
    yield rows;
    after = page[page.length - 1]?.id;
    if (page.length < pageSize) return;
  }
}

const encoder = new TextEncoder();

function streamFrom(chunks: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const source = chunks();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await source.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

export function rawAnswersCsvStream(src: RawAnswerSource): ReadableStream<Uint8Array> {
  return streamFrom(async function* () {
    yield csvLine([...RAW_ANSWER_COLUMNS]);
    for await (const rows of rawAnswerRows(src)) yield rows.map((r) => csvLine(RAW_ANSWER_COLUMNS.map((c) => r[c]))).join("");
  });
}

/** `{"assessmentId":…,"columns":[…],"answers":[{…},…]}`, written page by page. */
export function rawAnswersJsonStream(src: RawAnswerSource): ReadableStream<Uint8Array> {
  return streamFrom(async function* () {
    yield `{"assessmentId":${JSON.stringify(src.assessmentId)},"columns":${JSON.stringify(RAW_ANSWER_COLUMNS)},"answers":[`;
    let first = true;
    for await (const rows of rawAnswerRows(src)) {
      if (rows.length === 0) continue;
      yield (first ? "" : ",") + rows.map((r) => JSON.stringify(r)).join(",");
      first = false;
    }
    yield "]}\n";
  });
}
