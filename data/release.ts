/**
 * The data's own release: its version (semver) and the date it was released, and what changed in each
 * version. Files built from the data carry this date, not the build time, so the same data gives the same bytes.
 */
export const RELEASE = {
  version: '1.0.0',
  date: '2026-12-01',
} as const;

export const CHANGES: readonly { version: string; date: string; changes: string[] }[] = [
  {
    version: '1.0.0',
    date: '2026-12-01',
    changes: [
      'First versioned release: ten datasets (nine of figures, one of dated events) with section, footnote, cited source, verbatim phrase and claim type for every row.',
      'Caveats carry stable keys (`key`), so a chart or a citation can name one.',
      'Timeline: nine events the report dates only through the article its footnote cites (footnotes 1, 6, 11, 17, 19, 20, 22, 23, 31) added with date basis "footnote", and a caveat on the dates printed in footnotes 19 and 20.',
      'The data package follows Data Package v2; its CSVs have no byte-order mark (the spreadsheet CSVs at /data/<id>.csv keep theirs).',
    ],
  },
];
