import { getDatasets } from '../lib/datasets/datasets';
import { datasetPath } from '../lib/site/urls';

/** A list of links to every dataset page, optionally leaving one out. */
export function DatasetLinks({ except }: { except?: string }) {
  return (
    <ul>
      {getDatasets()
        .filter((d) => d.id !== except)
        .map((d) => (
          <li key={d.id}>
            <a href={datasetPath(d.id)}>{d.title}</a>
          </li>
        ))}
    </ul>
  );
}
