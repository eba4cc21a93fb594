export function Downloads({ id }: { id: string }) {
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Download this dataset</h2>
      <ul className="downloads">
        <li><a href={`/data/${id}.csv`} download={`${id}.csv`}>CSV (spreadsheets)</a></li>
        <li><a href={`/data/${id}.json`} download={`${id}.json`}>JSON (with field descriptions)</a></li>
        <li><a href="/data/datapackage.json" download="datapackage.json">Data package (all datasets)</a></li>
      </ul>
      <p className="muted">The CSV is UTF-8 with a byte-order mark; empty cells are open bounds or missing values, as the JSON’s field descriptions say.</p>
    </section>
  );
}
