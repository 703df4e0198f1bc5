export function DemoBadge() {
  return (
    <span
      title="Fictitious organisation created by the demo seed"
      className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800"
    >
      Demo · fictitious
    </span>
  );
}
