import { StyleSheet } from "@react-pdf/renderer";

export const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 50, paddingHorizontal: 40, fontFamily: "Helvetica", fontSize: 9.5, color: "#0f172a", lineHeight: 1.35 },
  cover: { paddingTop: 120, paddingHorizontal: 56, fontFamily: "Helvetica", color: "#0f172a" },
  brand: { fontSize: 11, color: "#1f57c0", fontFamily: "Helvetica-Bold", letterSpacing: 1 },
  coverTitle: { fontSize: 26, fontFamily: "Helvetica-Bold", marginTop: 18 },
  coverSub: { fontSize: 14, marginTop: 8, color: "#334155" },
  demo: { marginTop: 24, padding: 8, backgroundColor: "#fef3c7", color: "#92400e", fontSize: 10, fontFamily: "Helvetica-Bold" },
  h1: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 8, color: "#0f172a" },
  h2: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4, color: "#1e293b" },
  muted: { color: "#64748b" },
  small: { fontSize: 8, color: "#475569" },
  row: { flexDirection: "row" },
  kpi: { flex: 1, borderWidth: 0.7, borderColor: "#cbd5e1", borderRadius: 4, padding: 8, marginRight: 8 },
  kpiValue: { fontSize: 20, fontFamily: "Helvetica-Bold" },
  kpiLabel: { fontSize: 8, color: "#64748b", marginBottom: 2 },
  bullet: { flexDirection: "row", marginBottom: 2 },
  bulletDot: { width: 10 },
  tableHead: { flexDirection: "row", borderBottomWidth: 0.7, borderColor: "#94a3b8", paddingBottom: 2, fontFamily: "Helvetica-Bold", fontSize: 8 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.3, borderColor: "#e2e8f0", paddingVertical: 2, fontSize: 8 },
  card: { borderWidth: 0.7, borderColor: "#cbd5e1", borderRadius: 4, padding: 8, marginBottom: 8 },
  footer: { position: "absolute", bottom: 22, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: "#64748b" },
});
