// Pages in Persian and Arabic must have every word in the messages: no English left in their components. This
// reads each component of the translated pages with the TypeScript parser and lists any user-facing text written
// in the code: JSX text, string literals rendered as children, and accessible names and hints in attributes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isTranslatedPage } from "../../lib/platform/i18n/choose-locale";

const root = path.resolve(import.meta.dirname, "../..");

/** The translated pages (lib/platform/i18n/choose-locale.ts) and every component they render. */
const TRANSLATED_FILES = [
  "app/respond/[token]/page.tsx",
  ...readdirSync(path.join(root, "components/questionnaire"))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => `components/questionnaire/${f}`),
  "components/i18n/language-switcher.tsx",
  "components/i18n/invalid-link-notice.tsx",
  "app/ism/[token]/page.tsx",
  "components/ism-studies/pairwise-questionnaire.tsx",
  // Signing in.
  "app/(auth)/layout.tsx",
  "app/(auth)/sign-in/page.tsx",
  "components/auth/sign-in-form.tsx",
  "components/ui/text-field.tsx",
  "components/ui/field-frame.tsx",
  "components/ui/submit-button.tsx",
  "components/ui/form-message.tsx",
  // A bank's benchmark, inside the signed-in app's shell.
  "app/(app)/[org]/layout.tsx",
  "components/app-header.tsx",
  "components/org/org-nav.tsx",
  "components/mobile-menu.tsx",
  "components/ui/demo-badge.tsx",
  "components/i18n/document-link.tsx",
  "app/(app)/[org]/benchmark/page.tsx",
  ...readdirSync(path.join(root, "components/benchmark"))
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => `components/benchmark/${f}`),
  "components/results/chart-table.tsx",
  "components/billing/plan-required.tsx",
  "components/ui/card.tsx",
];

const LABEL_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-description"]);
const WORDS = /[A-Za-z]{2,}/;

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer))
      if (WORDS.test(node.initializer.text)) found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const literals: ts.Node[] = [];
      const collect = (n: ts.Node) => {
        if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && WORDS.test(n.text)) literals.push(n);
        else if (ts.isTemplateExpression(n) && WORDS.test(n.head.text + n.templateSpans.map((s) => s.literal.text).join("")))
          literals.push(n);
        else if (ts.isParenthesizedExpression(n)) collect(n.expression);
        // What is rendered: both branches of a conditional and the right of && / || / ??, never a comparison's operands.
        else if (ts.isConditionalExpression(n)) [n.whenTrue, n.whenFalse].forEach(collect);
        else if (
          ts.isBinaryExpression(n) &&
          [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(
            n.operatorToken.kind,
          )
        ) {
          if (n.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) collect(n.left);
          collect(n.right);
        }
      };
      collect(node.expression);
      for (const l of literals) found.push(`${where(l)} child ${l.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the translated pages", () => {
  it("cover the respondent's and the expert's questionnaires and a bank's benchmark", () => {
    expect(isTranslatedPage("/respond/some-token")).toBe(true);
    expect(isTranslatedPage("/ism/some-token")).toBe(true);
    expect(isTranslatedPage("/atlas-bank/benchmark")).toBe(true);
    expect(isTranslatedPage("/atlas-bank/assessments")).toBe(false);
  });

  it("write no user-facing English in code: every word comes from the messages", () => {
    expect(TRANSLATED_FILES.length).toBeGreaterThan(8);
    expect(TRANSLATED_FILES.flatMap(hardCodedText)).toEqual([]);
  });

  it("the check finds hard-coded text (so it cannot pass by reading nothing)", () => {
    const probe = hardCodedText("components/assessments/respondents-table.tsx");
    expect(probe.some((p) => p.includes('text "E-mail"'))).toBe(true);
  });
});
