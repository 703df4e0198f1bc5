// The report's "Change since the previous round": the same rows and verdicts as the results page's card and
// the change export (lib/view/results/round-change.ts), so the three cannot disagree.
import { Text, View } from "@react-pdf/renderer";
import { formatGap, formatScore } from "../../view/results/format.ts";
import { VERDICT_LABELS, type ChangeRow } from "../../view/results/round-change.ts";
import type { ReportChange } from "./report-data.ts";
import { pdfText } from "./pdf-text.ts";
import { styles } from "./styles.ts";

const t = pdfText;

const COLUMNS = [
  { label: "Measure", flex: 3 },
  { label: "Previous", flex: 1 },
  { label: "Now", flex: 1 },
  { label: "Change (95% interval)", flex: 2 },
  { label: "Verdict", flex: 1.4 },
] as const;

function interval(r: ChangeRow): string {
  if (r.delta === null) return "-";
  return r.lower === null || r.upper === null
    ? formatGap(r.delta)
    : `${formatGap(r.delta)} (${formatGap(r.lower)} to ${formatGap(r.upper)})`;
}

function Row({ row }: { row: ChangeRow }) {
  const cells = [row.name, formatScore(row.before), formatScore(row.after), interval(row), VERDICT_LABELS[row.verdict]];
  return (
    <View style={styles.tableRow} wrap={false}>
      {cells.map((c, i) => (
        <Text key={COLUMNS[i]!.label} style={{ flex: COLUMNS[i]!.flex }}>
          {t(c)}
        </Text>
      ))}
    </View>
  );
}

function factorLine(rows: ChangeRow[], verdict: "improved" | "declined"): string | null {
  const picked = rows.filter((r) => r.verdict === verdict);
  if (picked.length === 0) return null;
  return `${VERDICT_LABELS[verdict]}: ${picked.map((r) => `${r.name} (${formatGap(r.delta)})`).join("; ")}.`;
}

export function ChangeSection({ change }: { change: ReportChange | null | undefined }) {
  if (!change) return null;
  if ("message" in change)
    return (
      <View wrap={false}>
        <Text style={styles.h2}>Change since the previous round</Text>
        <Text style={styles.muted}>{t(change.message)}</Text>
      </View>
    );
  const { view } = change;
  const unclear = view.factors.filter((r) => r.verdict !== "improved" && r.verdict !== "declined").length;
  return (
    <View>
      <Text style={styles.h2}>{t(`Change since the previous round (${view.previous.name})`)}</Text>
      <Text style={{ marginBottom: 4 }}>{t(view.rule)}</Text>
      {view.scopeNote && <Text style={[styles.muted, { marginBottom: 4 }]}>{t(view.scopeNote)}</Text>}
      <View style={styles.tableHead}>
        {COLUMNS.map((c) => (
          <Text key={c.label} style={{ flex: c.flex }}>
            {c.label}
          </Text>
        ))}
      </View>
      {[view.overall, ...view.modules, ...view.categories].map((r) => (
        <Row key={`${r.kind}:${r.key}`} row={r} />
      ))}
      <Text style={{ marginTop: 4 }}>{t(`Factors (${view.factors.length}):`)}</Text>
      {factorLine(view.factors, "improved") && <Text>{t(factorLine(view.factors, "improved")!)}</Text>}
      {factorLine(view.factors, "declined") && <Text>{t(factorLine(view.factors, "declined")!)}</Text>}
      <Text style={styles.muted}>{t(`${unclear} show no clear change or cannot be compared; every factor is in the change export.`)}</Text>
    </View>
  );
}
