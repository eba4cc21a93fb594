import Link from 'next/link';
import { SiteChrome } from '../components/SiteChrome';
import { getDatasets } from '../lib/datasets';

export default function NotFound() {
  return (
    <SiteChrome>
    <div className="notfound">
      <h1>Page not found</h1>
      <p>There is no page at this address. The dataset may have a different id, or the link may be mistyped.</p>
      <p>
        <Link href="/">Back to the overview</Link>, or open one of the datasets:
      </p>
      <ul>
        {getDatasets().map((d) => (
          <li key={d.id}>
            <Link href={`/datasets/${d.id}`}>{d.title}</Link>
          </li>
        ))}
      </ul>
    </div>
    </SiteChrome>
  );
}
