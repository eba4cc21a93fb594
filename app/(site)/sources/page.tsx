import type { Metadata } from 'next';
import { FOOTNOTES } from '../../../data/footnotes';
import { RELEASE } from '../../../data/release';
import { REPORT } from '../../../data/report';
import { TERMS } from '../../../lib/outputs/terms';
import { CLAIM_TYPE_MEANING, QUALIFIER_MEANING } from '../../../lib/model/claims';
import { getDatasets } from '../../../lib/datasets/datasets';
import { footnoteLabel } from '../../../lib/model/format';
import { rowById } from '../../../lib/model/rows';
import { CLAIM_TYPES, QUALIFIERS } from '../../../lib/model/schema';
import { reportCitation } from '../../../lib/outputs/serialize';
import { dataPath, datasetPath } from '../../../lib/site/urls';
import { NONE_FOUND, SOURCE_KIND_MEANING, SOURCE_KINDS } from '../../../lib/model/other-sources';
import { getOtherSources, OTHER_SOURCES_STANDPOINT } from '../../../lib/other-sources/sources';
import { PrintFooter } from '../../../components/PrintFooter';

export const metadata: Metadata = { title: 'Sources and method' };

export default function SourcesPage() {
  const datasets = getDatasets();
  const casualties = datasets.find((d) => d.id === 'casualties');
  // The citation example is a figure of the data, never typed here.
  const example = rowById(
    casualties?.kind === 'figures' ? casualties.rows : [],
    'combatants-killed-official',
    'sources page',
  );
  const printedMaps = getDatasets()
    .find((d) => d.id === 'places')
    ?.caveats.find((c) => c.key === 'printed-maps')?.text;
  if (!printedMaps) throw new Error('the places dataset has no "printed-maps" caveat');
  return (
    <>
      <h1>Sources and method</h1>
      <h2>The report</h2>
      <p>
        <cite>{REPORT.title}</cite>. Authors: {REPORT.authors.join(', ')}. {REPORT.publisher}, {REPORT.place},{' '}
        {REPORT.year}. {REPORT.website}.
      </p>
      <p className="standpoint">{REPORT.standpoint}</p>
      <h3>The data</h3>
      <p data-testid="data-version">
        Data version {RELEASE.version}, released {RELEASE.date}. What changed in each version:{' '}
        <a href={dataPath('CHANGELOG.md')}>CHANGELOG</a>. Reuse: {TERMS}
      </p>
      <h3>Sections</h3>
      <ul>
        {Object.entries(REPORT.sections).map(([n, t]) => (
          <li key={n}>
            {n}. {t}
          </li>
        ))}
      </ul>
      <h3>Maps</h3>
      <p data-testid="printed-maps">
        {printedMaps} The product’s maps are drawn instead from public sources, not from the report: country borders
        from Natural Earth (the world-atlas package, public domain), district polygons from Natural Earth’s first-level
        divisions (each checked against its GeoNames id), and places’ coordinates from the GeoNames gazetteer (CC BY
        4.0), or a named public source, or none with the reason. They mark where the report says things happened; they
        draw no front line, launch point or range, routes only as schematic lines labelled so, and take no position on
        any border or name. <a href="/map">The maps</a>; <a href={datasetPath('places')}>every place with its source</a>
        .
      </p>

      <h2>Claim types</h2>
      <dl className="defs">
        {CLAIM_TYPES.map((c) => (
          <div key={c}>
            <dt>{c}</dt>
            <dd>{CLAIM_TYPE_MEANING[c]}</dd>
          </div>
        ))}
      </dl>

      <h2>Qualifiers and bounds</h2>
      <p>
        A figure the report gives as “up to”, “over”, “some” or “nearly” is stored with that qualifier and drawn as a
        bound or an approximation, never rounded into a point.
      </p>
      <dl className="defs">
        {QUALIFIERS.map((q) => (
          <div key={q}>
            <dt>{q}</dt>
            <dd>{QUALIFIER_MEANING[q]}</dd>
          </div>
        ))}
      </dl>

      <h2>How to cite a figure</h2>
      <p>
        Quote the figure as printed, the report, the section and the footnote, and the source that footnote cites. For
        example:
      </p>
      <blockquote>
        “{example.printed} combatants” (official reports, both sides): {reportCitation()} Section {example.section},{' '}
        {footnoteLabel(example.footnote)}.
      </blockquote>
      <p>
        Every row in the tables and downloads carries these fields: <code>section</code>, <code>footnote</code>,{' '}
        <code>source</code>, <code>quote</code>, <code>claimType</code> and <code>qualifier</code>. Derived rows say so
        and name their inputs.
      </p>

      <section id="other-sources" aria-labelledby="other-sources-heading">
        <h2 id="other-sources-heading">Other sources beside the report’s figures</h2>
        <p className="standpoint">{OTHER_SOURCES_STANDPOINT}</p>
        <p>
          Each dataset page shows, beside each figure for which one was found, what other publishers said on the same
          measure: research bodies, international organisations, the parties themselves and news outlets. They are
          context for the report’s figures, never a correction of them: they are kept out of the report’s charts and
          datasets, no bar mixes the report’s figure with another’s, and where sources disagree the dashboard shows
          each, attributed, and chooses none. A figure is shown as its source prints it; a bound (“up to”, “more than”,
          “almost”) stays a bound.
        </p>
        <p>
          <strong>How they were chosen.</strong> Only from documents read in stored public pages found with a search
          tool, or in a public repository’s data; never from memory. The headline figure of every dataset, and every
          figure the report prints in the casualties, arms imports, minefield maps, displacement and territory,
          peacekeeping and parliamentary votes datasets, were searched for. The original publisher is preferred over a
          report of it; where both parties published a figure on the same measure, both are shown. Each row gives the
          document’s address, its date and where that date comes from, the date the figure refers to, a short exact
          quote containing the figure, and how its scope differs from the report’s. Rows whose document showed no date
          of publication were left out. Where nothing was found, the page says “No other source found” and lists the
          searches tried. {getOtherSources().filter((o) => o.kind !== NONE_FOUND).length} figures and{' '}
          {getOtherSources().filter((o) => o.kind === NONE_FOUND).length} “none found” rows in all; downloads:{' '}
          <a href="/data/other-sources.csv">CSV</a>, <a href="/data/other-sources.json">JSON</a>, and in the data
          package, workbook and bundle.
        </p>
        <p>
          <strong>Derived.</strong> SIPRI’s volumes of arms deliveries over 2011–2020 and their ratio are added up by
          this dashboard from SIPRI’s delivery records (trend-indicator values, a volume index, not dollars); they are
          labelled derived, with the formula and every record named.
        </p>
        <h3>Kinds of source</h3>
        <dl className="defs">
          {SOURCE_KINDS.map((k) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{SOURCE_KIND_MEANING[k]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <h2>Every caveat</h2>
      {datasets.map((d) => (
        <section key={d.id} aria-labelledby={`cav-${d.id}`}>
          <h3 id={`cav-${d.id}`}>
            <a href={datasetPath(d.id)}>{d.title}</a>
          </h3>
          <ul>
            {d.caveats.map((c) => (
              <li key={c.key}>{c.text}</li>
            ))}
          </ul>
        </section>
      ))}

      <h2>The report’s footnotes</h2>
      <p>
        As printed in the report, in its numbering. Footnote 33’s number was lost in the text conversion; footnotes 7
        and 34 read “Ibid.”.
      </p>
      <ol className="footnotes">
        {Object.entries(FOOTNOTES).map(([n, text]) => (
          <li key={n} value={Number(n)} id={`fn-${n}`}>
            {text}
          </li>
        ))}
      </ol>

      <h2>Data</h2>
      <p>
        All datasets as a <a href={dataPath('datapackage.json')}>Frictionless Data Package</a>; each dataset’s CSV and
        JSON are linked from its page. Outside data: only SIPRI’s description of its trend-indicator values, named with
        its public address in the arms-imports caveats.
      </p>
      <PrintFooter path="/sources" />
    </>
  );
}
