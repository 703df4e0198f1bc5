// One labelled choice of a GET filter form (the benchmark's peer group, the sector's institutions).
export function FilterSelect({
  idPrefix,
  name,
  label,
  value,
  choices,
}: {
  /** Keeps ids unique when two filter forms share a page. */
  idPrefix: string;
  name: string;
  label: string;
  value: string | undefined;
  choices: { value: string; label: string }[];
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
