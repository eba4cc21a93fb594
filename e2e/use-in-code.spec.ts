/**
 * Loading a dataset in code: each dataset page's "Use in code" snippets, run as printed (the address swapped for the
 * test server's) with Debian's python3-pandas and r-base-core against the served files. Row counts and values are
 * typed here by hand from data/<id>.ts (rows, plus the derived rows of lib/datasets/derive.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';

const EXPECTED: Record<string, { rows: number; id: string; column: string; value: string }> = {
  'arms-imports': { rows: 3, id: 'azerbaijan-arms-imports-2011-2020', column: 'value', value: '3274000000' },
  'agricultural-losses': { rows: 9, id: 'share-grain-revenues', column: 'value', value: '24' },
  'mine-maps': { rows: 8, id: 'agdam-mines', column: 'value', value: '97000' },
  casualties: { rows: 9, id: 'combatants-killed-official', column: 'value', value: '7000' },
  timeline: { rows: 38, id: 'war-begins', column: 'date', value: '2020-09-27' },
  peacekeeping: { rows: 3, id: 'peacekeeping-troops', column: 'value', value: '1960' },
  'distances-and-ranges': { rows: 6, id: 'iskander-m-range', column: 'value', value: '500' },
  'parliamentary-votes': { rows: 8, id: 'french-senate-for', column: 'value', value: '305' },
  'displacement-and-territory': { rows: 6, id: 'azerbaijanis-expelled', column: 'value', value: '700000' },
  'conflict-figures': { rows: 12, id: 'war-duration-days', column: 'value', value: '44' },
};

const need = (path: string, pkg: string) => {
  if (!existsSync(path)) throw new Error(`${path} is needed for this test: apt-get install ${pkg}`);
  return path;
};

for (const [id, want] of Object.entries(EXPECTED)) {
  test(`${id}: the Python and R snippets load the served CSV (${want.rows} rows, ${want.id})`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/datasets/${id}`);
    await expect(page.getByRole('heading', { name: 'Use in code' })).toBeVisible();
    const py = (await page.getByTestId('code-python').textContent())!;
    const r = (await page.getByTestId('code-r').textContent())!;
    const js = (await page.getByTestId('code-javascript').textContent())!;
    // Absolute addresses (SITE_URL at build, else http://localhost:3000).
    const address = /"(https?:\/\/[^"/]+)\/data\/package\//.exec(py)![1]!;
    expect(r).toContain(`${address}/data/package/${id}.csv`);
    expect(js).toContain(`${address}/data/${id}.json`);
    const served = (code: string) => code.split(address).join(baseURL!);

    const pyOut = spawnSync(
      need('/usr/bin/python3', 'python3-pandas'),
      [
        '-c',
        `${served(py)}\nrow = df[df["id"] == ${JSON.stringify(want.id)}].iloc[0]\nv = row[${JSON.stringify(want.column)}]\nprint("CHECK", len(df), int(v) if ${JSON.stringify(want.column)} == "value" else v)`,
      ],
      { encoding: 'utf8', timeout: 50_000 },
    );
    expect(pyOut.status, pyOut.stderr).toBe(0);
    expect(pyOut.stdout).toContain(`${want.rows} rows`);
    expect(pyOut.stdout).toContain(`CHECK ${want.rows} ${want.value}`);

    const rOut = spawnSync(
      need('/usr/bin/Rscript', 'r-base-core'),
      [
        '-e',
        `${served(r)}\nv <- df[df$id == ${JSON.stringify(want.id)}, ${JSON.stringify(want.column)}]\ncat("CHECK", nrow(df), format(v, scientific = FALSE), "\\n")`,
      ],
      { encoding: 'utf8', timeout: 50_000 },
    );
    expect(rOut.status, rOut.stderr).toBe(0);
    expect(rOut.stdout).toContain(`${want.rows} rows`);
    expect(rOut.stdout).toContain(`CHECK ${want.rows} ${want.value}`);
  });
}

test('the JavaScript snippet runs in the page and the copy button copies the code', async ({ page }) => {
  await page.goto('/datasets/casualties');
  const js = (await page.getByTestId('code-javascript').textContent())!;
  const origin = new URL(page.url()).origin;
  const address = /fetch\("(https?:\/\/[^"/]+)\//.exec(js)![1]!;
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.evaluate(`(async () => { ${js.split(address).join(origin)} })()`);
  await expect.poll(() => logged).toContain('9 rows');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the Python (pandas) code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.getByTestId('code-python').textContent(),
  );
});
