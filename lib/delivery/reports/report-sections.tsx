// The report's sections after the summary: charts, ISM diagram, roadmap, method and reliability, sources.
import { Text, View } from "@react-pdf/renderer";
import type { SourceDef } from "../../domain/instrument/types.ts";
import { formatPeerScore, formatScore, formatShare, formatStat, ordinal } from "../../view/results/format.ts";
import type { AssessmentResults } from "../../view/results/types.ts";
import { FactorBars, IsmLevelChart, LevelLegend, RadarChart } from "./charts.tsx";
import { paperCitation } from "../../domain/instrument/citations.ts";
import { pdfText } from "./pdf-text.ts";
import type { ReportBenchmark } from "./report-data.ts";
import { styles } from "./styles.ts";

const t = pdfText;

function Bullet({ children }: { children: string }) {
  return (
    <View style={styles.bullet}>
      <Text style={styles.bulletDot}>{"\u2022"}</Text>
      <Text style={{ flex: 1 }}>{t(children)}</Text>
    </View>
  );
}

export function RadarSection({ results }: { results: AssessmentResults }) {
  return (
    <View wrap={false}>
      <Text style={styles.h2}>Customer-experience categories (1 to 5)</Text>
      <RadarChart points={results.cxRadar} />
    </View>
  );
}

export function ChartsSection({ results }: { results: AssessmentResults }) {
  return (
    <View>
      <Text style={styles.h1}>Scores by factor</Text>
      <Text style={{ marginBottom: 4 }}>Bar = mean score on 1 to 5, coloured by maturity level; black line = 95% interval.</Text>
      <FactorBars factors={results.factors} />
      <LevelLegend />
    </View>
  );
}

export function BenchmarkSection({ benchmark }: { benchmark: ReportBenchmark | null | undefined }) {
  if (!benchmark) return null;
  return (
    <View wrap={false}>
      <Text style={styles.h2}>Benchmark position</Text>
      <Text>{t(`Peer group: ${benchmark.peerGroupLabel} (${benchmark.peers} banks).`)}</Text>
      {benchmark.roundNote && <Text>{t(benchmark.roundNote)}</Text>}
      {benchmark.overallPercentile !== null && (
        <Text>{t(`Overall index at the ${ordinal(benchmark.overallPercentile)} percentile of the peer group.`)}</Text>
      )}
      {benchmark.overall && (
        <Text>
          {t(
            `Overall on the 1–5 scale: this bank ${formatScore(benchmark.overall.own)}; peers' median ${formatPeerScore(benchmark.overall.median)}, middle half ${formatPeerScore(benchmark.overall.q1)}–${formatPeerScore(benchmark.overall.q3)}. No peer is named or shown on its own; groups under 5 institutions show no figures.`,
          )}
        </Text>
      )}
    </View>
  );
}

export function IsmSection({ results }: { results: AssessmentResults }) {
  const { ism } = results;
  return (
    <View>
      <Text style={styles.h1}>How the e-CRM factors drive each other</Text>
      <Text style={{ marginBottom: 6 }}>
        {t(
          `Interpretive structural model (${ism.source === "published" ? "the published levels of Azimi, Aria & Jalali (2023)" : "computed"}): factors at the bottom drive those above them; arrows point from driver to driven. Boxes are coloured by this bank's maturity on each factor.`,
        )}
      </Text>
      <IsmLevelChart ism={ism} />
      <LevelLegend />
      <Text style={[styles.small, { marginTop: 6 }]}>{t(ism.caveat)}</Text>
      {ism.about && (
        <View style={{ marginTop: 4 }}>
          <Text style={{ fontFamily: "Helvetica-Bold", fontSize: 9 }}>About this model</Text>
          <Text style={styles.small}>{t(ism.about.summary)}</Text>
          {ism.about.closingLinks.length > 0 && (
            <Text style={styles.small}>{t(`Links that close the loop: ${ism.about.closingLinks.join("; ")}.`)}</Text>
          )}
          {ism.about.remedies.map((r) => (
            <Text key={r.title} style={styles.small}>
              {t(`${r.title}: ${r.text}`)}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

export function RoadmapSection({ results }: { results: AssessmentResults }) {
  const { roadmap } = results;
  return (
    <View>
      <Text style={styles.h1}>
        Roadmap to {t(roadmap.target.levelName)} (level {roadmap.target.level})
      </Text>
      <Text style={{ marginBottom: 4 }}>
        {t(
          `e-CRM steps are ordered by the ISM hierarchy: foundations first, because the factors above them depend on them. ${roadmap.phases.some((p) => p.items.some((i) => i.lane === "cx" || i.lane === "ckm")) ? "The customer-experience categories (and customer-knowledge factors, when assessed) follow in lanes of their own, the governing category first. " : ""}${roadmap.target.isDefault ? "Target: one level above the current overall level." : "Target chosen by the user."}`,
        )}
      </Text>
      {roadmap.message && <Text style={styles.muted}>{t(roadmap.message)}</Text>}
      {roadmap.error && <Text style={styles.muted}>{t(roadmap.error)}</Text>}
      {roadmap.phases.map((phase) => (
        <View key={phase.phase}>
          <Text style={styles.h2}>Phase {phase.phase}</Text>
          {phase.items.map((item) => (
            <View key={item.factorKey} style={styles.card} wrap={false}>
              <Text style={{ fontFamily: "Helvetica-Bold" }}>
                {t(
                  `#${item.rank} ${item.name}: ${formatScore(item.currentScore)} (level ${item.currentLevel} ${item.currentLevelName}) -> level ${item.targetLevel} ${item.targetLevelName}`,
                )}
              </Text>
              {(item.lane === "cx" || item.lane === "ckm") && (
                <Text style={styles.small}>{item.lane === "cx" ? "Digital CX lane" : "Customer-knowledge lane"}</Text>
              )}
              <Text style={{ marginVertical: 2 }}>{t(item.why)}</Text>
              {item.reason !== item.why && <Text style={[styles.small, { marginBottom: 2 }]}>{t(item.reason)}</Text>}
              {item.actions.map((step) => (
                <View key={`${step.from}-${step.to}`}>
                  <Text style={{ fontSize: 8, marginTop: 2 }}>{`From level ${step.from} to ${step.to}:`}</Text>
                  {step.actions.map((a) => (
                    <Bullet key={a}>{a}</Bullet>
                  ))}
                </View>
              ))}
              {item.waitsFor.length > 0 && (
                <Text style={styles.small}>{t(`Builds on: ${item.waitsFor.map((w) => `${w.name} (phase ${w.phase})`).join(", ")}`)}</Text>
              )}
            </View>
          ))}
        </View>
      ))}
      {roadmap.meetingTarget.length > 0 && (
        <Text style={[styles.small, { marginTop: 4 }]}>
          {t(`Already at or above the target: ${roadmap.meetingTarget.map((m) => m.name).join(", ")}.`)}
        </Text>
      )}
      {roadmap.consistencyFlags.map((f) => (
        <Text key={f.factorKey} style={styles.small}>
          {t(f.message)}
        </Text>
      ))}
    </View>
  );
}

export function MethodSection({ results }: { results: AssessmentResults }) {
  const flagged = results.reliability.filter((r) => r.flags.length > 0);
  return (
    <View>
      <Text style={styles.h1}>Method and reliability</Text>
      <Bullet>{`Instrument: ${results.frameworkName} (version ${results.frameworkVersion}). Respondents rate statements from 1 (strongly disagree) to 5 (strongly agree) or answer "don't know"; reverse-worded statements are scored as 6 minus the answer.`}</Bullet>
      <Bullet>
        {
          "Factor score = mean over respondents of each respondent's mean of the answered statements. Category score = mean of its factors; module score = mean of its categories (and of factors outside a category); overall = mean of the modules. The 0-100 index is (score - 1) / 4 x 100; levels are equal bands of 0.8 on 1 to 5: below 1.8 Initial, 2.6 Developing, 3.4 Defined, 4.2 Managed, else Optimised."
        }
      </Bullet>
      <Bullet>
        {results.bootstrap
          ? `Uncertainty: 95% bands. Overall index and modules: studentised bootstrap, resampling respondents within each respondent group (${results.bootstrap.samples} resamples, seed ${results.bootstrap.seed}); factors: Student-t interval for the mean of respondents' factor scores. Withheld below 5 respondents.`
          : "Uncertainty: no intervals (no answers yet)."}
      </Bullet>
      <Bullet>
        {
          "Only submitted questionnaires count; revoked links are excluded. The roadmap covers the e-CRM factors, ordered by the interpretive structural model in force (the published model of Azimi, Aria & Jalali (2023), or the bank's adopted expert-panel model), and the customer-experience categories (and customer-knowledge factors, when assessed) in lanes of their own."
        }
      </Bullet>
      <Text style={styles.h2}>Reliability per factor</Text>
      <View style={styles.tableHead}>
        <Text style={{ flex: 3 }}>Factor</Text>
        <Text style={{ flex: 1 }}>n</Text>
        <Text style={{ flex: 1 }}>alpha</Text>
        <Text style={{ flex: 1 }}>rwg(j)</Text>
        <Text style={{ flex: 1 }}>answered</Text>
        <Text style={{ flex: 3 }}>flags</Text>
      </View>
      {results.reliability.map((r) => (
        <View key={r.factorKey} style={styles.tableRow} wrap={false}>
          <Text style={{ flex: 3 }}>{t(r.name)}</Text>
          <Text style={{ flex: 1 }}>{String(r.n)}</Text>
          <Text style={{ flex: 1 }}>{formatStat(r.alpha)}</Text>
          <Text style={{ flex: 1 }}>{formatStat(r.rwgJ)}</Text>
          <Text style={{ flex: 1 }}>{formatShare(r.answeredShare)}</Text>
          <Text style={{ flex: 3 }}>{r.flags.join(", ") || "-"}</Text>
        </View>
      ))}
      {flagged.length > 0 && (
        <View style={{ marginTop: 6 }}>
          {[...new Set(flagged.flatMap((r) => r.explanations))].map((e) => (
            <Bullet key={e}>{e}</Bullet>
          ))}
        </View>
      )}
    </View>
  );
}

export function SourcesSection({ sources }: { sources: SourceDef[] }) {
  return (
    <View>
      <Text style={styles.h1}>Sources</Text>
      <Text style={{ marginBottom: 6 }}>
        The instrument, the maturity rubrics, the ISM reference model and the roadmap actions are drawn from these studies:
      </Text>
      {sources.map((s, i) => (
        <View key={s.id} style={[styles.bullet, { marginBottom: 5 }]}>
          <Text style={{ width: 26 }}>[{i + 1}]</Text>
          <Text style={{ flex: 1 }}>{t(paperCitation(s.id))}</Text>
        </View>
      ))}
    </View>
  );
}
