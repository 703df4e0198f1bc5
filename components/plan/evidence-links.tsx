// An initiative's evidence: outside links, opened in a new tab without passing Meyar as referrer.
export function EvidenceLinks({ links, className = "space-y-1" }: { links: string[]; className?: string }) {
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l} className="break-all">
          <a href={l} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">
            {l}
          </a>
        </li>
      ))}
    </ul>
  );
}
