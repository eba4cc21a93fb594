export function Caveats({
  caveats,
  heading = 'Caveats',
  level = 2,
}: {
  caveats: readonly string[];
  heading?: string;
  level?: 2 | 3;
}) {
  if (caveats.length === 0) return null;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <aside className="caveats" aria-label={heading}>
      <H>{heading}</H>
      <ul>
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </aside>
  );
}
