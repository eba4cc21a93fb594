import { SiteChrome } from '../components/SiteChrome';
import { DatasetLinks } from '../components/DatasetLinks';

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="notfound">
        <h1>Page not found</h1>
        <p>There is no page at this address. The dataset may have a different id, or the link may be mistyped.</p>
        <p>
          <a href="/">Back to the overview</a>, or open one of the datasets:
        </p>
        <DatasetLinks />
      </div>
    </SiteChrome>
  );
}
