/**
 * "Use in code": short snippets that load a dataset from the site's public address (SITE_URL) in Python (pandas),
 * R and JavaScript. Python and R read the data package's CSV (no byte-order mark, exactly as the data says; an open
 * bound is an empty cell, read as missing); JavaScript reads the dataset's JSON, whose rows are typed already.
 */
import { siteUrl } from './urls';

export interface CodeSnippet {
  lang: 'python' | 'r' | 'javascript';
  label: string;
  code: string;
}

export function codeSnippets(datasetId: string, base = siteUrl()): CodeSnippet[] {
  const csv = `${base}/data/package/${datasetId}.csv`;
  const json = `${base}/data/${datasetId}.json`;
  return [
    {
      lang: 'python',
      label: 'Python (pandas)',
      code: `import pandas as pd\n\ndf = pd.read_csv("${csv}")\nprint(len(df), "rows")\nprint(df.head())`,
    },
    {
      lang: 'r',
      label: 'R',
      code: `df <- read.csv("${csv}", encoding = "UTF-8")\ncat(nrow(df), "rows\\n")\nhead(df)`,
    },
    {
      lang: 'javascript',
      label: 'JavaScript',
      code: `const res = await fetch("${json}");\nconst { rows } = await res.json();\nconsole.log(rows.length, "rows");`,
    },
  ];
}
