import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSnippets } from './code-snippets';

describe('use in code', () => {
  it('loads each dataset from the absolute address it is given, in Python, R and JavaScript', () => {
    const [py, r, js] = codeSnippets('mine-maps', 'https://figures.example.org');
    assert.equal(
      py!.code,
      'import pandas as pd\n\ndf = pd.read_csv("https://figures.example.org/data/package/mine-maps.csv")\nprint(len(df), "rows")\nprint(df.head())',
    );
    assert.equal(
      r!.code,
      'df <- read.csv("https://figures.example.org/data/package/mine-maps.csv", encoding = "UTF-8")\ncat(nrow(df), "rows\\n")\nhead(df)',
    );
    assert.match(js!.code, /fetch\("https:\/\/figures\.example\.org\/data\/mine-maps\.json"\)/);
  });
});
