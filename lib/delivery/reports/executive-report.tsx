// The executive report: an A4 PDF document built with @react-pdf/renderer (pure JS, no browser).
// Text is real PDF text in Helvetica (selectable and searchable); charts are vector graphics.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { SourceDef } from "../../domain/instrument/types.ts";
import { formatGap, formatIndex, formatScore } from "../../view/results/format.ts";
import { pdfText } from "./pdf-text.ts";
import { formatDate, headlineGaps, headlineStrengths, type ReportInput } from "./report-data.ts";
import {
  BenchmarkSection,
  ChartsSection,
  RadarSection,
  IsmSection,
  MethodSection,
  RoadmapSection,
  SourcesSection,
} from "./report-sections.tsx";
import { styles } from "./styles.ts";
import { ChangeSection } from "./change-section.tsx";

const t = pdfText;
export const DEMO_LABEL = "Fictitious demo data: this organisation and its answers are invented for demonstration.";

function Footer({ input }: { input: ReportInput }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{t(`${input.organization.name} · ${input.assessment.name}${input.organization.isDemo ? " · demo data" : ""}`)}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

function Cover({ input }: { input: ReportInput }) {
  const { organization, assessment, results } = input;
  return (
    <Page size="A4" style={styles.cover}>
      <Text style={styles.brand}>MEYAR · EXECUTIVE REPORT</Text>
      <Text style={styles.coverTitle}>{t(organization.name)}</Text>
      <Text style={styles.coverSub}>{t(assessment.name)}</Text>
      <Text style={[styles.coverSub, { fontSize: 11 }]}>{t(`${results.frameworkName} (${results.frameworkVersion})`)}</Text>
      <Text style={[styles.coverSub, { fontSize: 11 }]}>
        {`Report date ${formatDate(input.generatedAt)} · assessment started ${formatDate(assessment.createdAt)}${assessment.closedAt ? ` · closed ${formatDate(assessment.closedAt)}` : ""} · status ${assessment.status.toLowerCase()}`}
      </Text>
      {organization.isDemo && <Text style={styles.demo}>{DEMO_LABEL}</Text>}
      <View style={{ marginTop: 60, flexDirection: "row" }}>
        <View style={styles.kpi}>
          <Text style={styles.kpiLabel}>Overall maturity index (0-100)</Text>
          <Text style={styles.kpiValue}>{formatIndex(results.overall.percent)}</Text>
        </View>
        <View style={styles.kpi}>
          <Text style={styles.kpiLabel}>Maturity level</Text>
          <Text style={styles.kpiValue}>
            {results.overall.level === null ? "-" : `${results.overall.level} ${results.overall.levelName}`}
          </Text>
        </View>
        <View style={styles.kpi}>
          <Text style={styles.kpiLabel}>Submitted questionnaires</Text>
          <Text style={styles.kpiValue}>{String(input.submitted)}</Text>
        </View>
      </View>
    </Page>
  );
}

function Summary({ input }: { input: ReportInput }) {
  const { results } = input;
  const o = results.overall;
  const strengths = headlineStrengths(results.factors);
  const gaps = headlineGaps(results.factors);
  const band = o.interval
    ? `95% interval of the index: ${formatIndex(o.interval.lowerPercent)} to ${formatIndex(o.interval.upperPercent)} (score ${formatScore(o.interval.lower)} to ${formatScore(o.interval.upper)} on 1 to 5).`
    : (o.intervalNote ?? "No uncertainty band: too few answers.");
  return (
    <View>
      <Text style={styles.h1}>Summary</Text>
      {results.message && <Text style={styles.muted}>{t(results.message)}</Text>}
      <Text>
        {t(
          `Overall index ${formatIndex(o.percent)} of 100 (score ${formatScore(o.mean)} on 1 to 5), maturity level ${o.level ?? "-"}${o.levelName ? ` (${o.levelName})` : ""}, from ${o.respondents} respondents.`,
        )}
      </Text>
      <Text style={{ marginTop: 2 }}>{t(band)}</Text>
      <Text style={styles.h2}>Respondent groups</Text>
      {results.groups.map((g) => (
        <Text key={g.group}>
          {t(
            g.withheld
              ? `${g.group}: figures withheld (fewer than ${results.anonymity.threshold} respondents in this group).`
              : `${g.group}: ${g.respondents} respondents, index ${formatIndex(g.percent)}, level ${g.level ?? "-"}${g.levelName ? ` ${g.levelName}` : ""}`,
          )}
        </Text>
      ))}
      {!results.perceptionGap && results.perceptionGapNote && <Text style={styles.muted}>{t(results.perceptionGapNote)}</Text>}
      {results.perceptionGap && results.perceptionGap.largest[0] && (
        <Text style={{ marginTop: 2 }}>{t(perceptionGapLine(results.perceptionGap))}</Text>
      )}
      <View style={[styles.row, { marginTop: 8 }]}>
        <View style={{ flex: 1, marginRight: 12 }}>
          <Text style={styles.h2}>Headline strengths</Text>
          {strengths.map((f) => (
            <Text key={f.key}>{t(`${f.name}: ${formatScore(f.mean)} (level ${f.level} ${f.levelName})`)}</Text>
          ))}
        </View>
        <View style={{ flex: 1 }}>
          <Text style={styles.h2}>Headline gaps</Text>
          {gaps.map((f) => (
            <Text key={f.key}>{t(`${f.name}: ${formatScore(f.mean)} (level ${f.level} ${f.levelName})`)}</Text>
          ))}
        </View>
      </View>
      <Text style={styles.h2}>Modules</Text>
      {results.modules.map((m) => (
        <Text key={m.key}>
          {t(`${m.name}: index ${formatIndex(m.percent)}, level ${m.level ?? "-"}${m.levelName ? ` ${m.levelName}` : ""}`)}
        </Text>
      ))}
    </View>
  );
}

/** The summary's line on the perception gap: a gap that stands out from noise, or the largest, said to be possibly chance. */
function perceptionGapLine(gap: NonNullable<ReportInput["results"]["perceptionGap"]>): string {
  const first = gap.largest[0];
  if (!first) return "";
  const between = `${gap.groupA} minus ${gap.groupB}`;
  return gap.distinguishableCount > 0
    ? `Perception gap that stands out from noise (${between}): ${first.name}, ${formatGap(first.gap)}` +
        (gap.distinguishableCount > 1 ? `, and ${gap.distinguishableCount - 1} more.` : ".")
    : `Largest perception gap (${between}): ${first.name}, ${formatGap(first.gap)}; at these group sizes it could be chance.`;
}

/** The report's document metadata and cover, around its pages. */
function ReportDocument({ input, children }: { input: ReportInput; children: ReactNode }) {
  return (
    <Document
      title={t(`${input.organization.name} – ${input.assessment.name}`)}
      author="Meyar"
      subject="Executive maturity report"
      language="en"
    >
      <Cover input={input} />
      {children}
    </Document>
  );
}

export function ExecutiveReport({ input, sources }: { input: ReportInput; sources: SourceDef[] }) {
  const { results } = input;
  if (results.status === "withheld") {
    // Below the anonymity threshold the report carries no figure at all, only why.
    return (
      <ReportDocument input={input}>
        <Page size="A4" style={styles.page}>
          <Text style={styles.h1}>Summary</Text>
          <Text>{t(results.message ?? "")}</Text>
          <Footer input={input} />
        </Page>
      </ReportDocument>
    );
  }
  return (
    <ReportDocument input={input}>
      <Page size="A4" style={styles.page}>
        <Summary input={input} />
        <RadarSection results={results} />
        <BenchmarkSection benchmark={input.benchmark} />
        {input.change && "message" in input.change && <ChangeSection change={input.change} />}
        <Footer input={input} />
      </Page>
      {input.change && "view" in input.change && (
        // A comparison with the previous round has a page of its own, after the summary it qualifies.
        <Page size="A4" style={styles.page}>
          <ChangeSection change={input.change} />
          <Footer input={input} />
        </Page>
      )}
      <Page size="A4" style={styles.page}>
        <ChartsSection results={results} />
        <Footer input={input} />
      </Page>
      <Page size="A4" style={styles.page}>
        <IsmSection results={results} />
        <Footer input={input} />
      </Page>
      <Page size="A4" style={styles.page}>
        <RoadmapSection results={results} />
        <Footer input={input} />
      </Page>
      <Page size="A4" style={styles.page}>
        <MethodSection results={results} />
        <View break />
        <SourcesSection sources={sources} />
        <Footer input={input} />
      </Page>
    </ReportDocument>
  );
}
