/** Marks legal text the operator must replace before going live: visible, never mistaken for advice. */
export function LegalPlaceholderNotice() {
  return (
    <p
      role="note"
      data-testid="legal-placeholder"
      className="rounded-lg border-2 border-dashed border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <strong>Placeholder text.</strong> This page is a template shipped with Meyar, not legal advice. The operator of this installation
      must replace it with its own text, reviewed by its lawyers, before real customers use the service (edit this page in
      app/(marketing)/docs).
    </p>
  );
}
