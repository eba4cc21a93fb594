import { SiteChrome } from '../components/SiteChrome';
import { getDatasets } from '../lib/datasets';

export default function NotFound() {
  return (
    <SiteChrome>
    <div className="notfound">
      <h1>Page not found</h1>
      <p>There is no page at this address. The dataset may have a different id, or the link may be mistyped.</p>
      <p>
        <a href="/">Back to the overview</a>, or open one of the datasets:
      </p>
      <ul>
        {getDatasets().map((d) => (
          <li key={d.id}>
            <a href={`/datasets/${d.id}`}>{d.title}</a>
          </li>
        ))}
      </ul>
    </div>
    </SiteChrome>
  );
}
