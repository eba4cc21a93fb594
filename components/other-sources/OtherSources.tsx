import type { Dataset } from '../../lib/model/schema';
import { otherSourcesHtml } from '../../lib/site/others-html';

/**
 * "What other sources say" beside the dataset's figures: server HTML only, put in as markup React does not hydrate
 * (lib/site/others-html.ts builds and escapes it), like the figure finder's table. No script: quotes open with <details>.
 */
export function OtherSources({ dataset }: { dataset: Dataset }) {
  const html = otherSourcesHtml(dataset);
  if (html === null) return null;
  return (
    <section
      aria-labelledby="others-heading"
      className="others"
      data-testid="other-sources"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: static markup React does not hydrate; otherSourcesHtml escapes every value
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
