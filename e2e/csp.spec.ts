/**
 * Scripts only from us: every page carries a meta policy that lists the hash of each inline script it has and allows
 * no other inline script; an inline script injected into a served page is refused.
 */
import { createHash } from 'node:crypto';
import { DATASET_IDS, expect, test } from './fixtures';

const PAGES = [
  '/',
  '/datasets',
  '/figures',
  '/sources',
  '/brief',
  '/brief/build',
  '/embed/casualties/ranges',
  '/no-such-page',
  ...DATASET_IDS.map((id) => `/datasets/${id}`),
];
const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');

for (const path of PAGES) {
  test(`${path}: every inline script's hash is in the page's policy, which allows no unhashed inline script`, async ({
    request,
  }) => {
    const html = await (await request.get(path)).text();
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(metas).toHaveLength(1);
    const policy = metas[0]!;
    const scriptSrc = /script-src ([^;]*)/.exec(policy)![1]!.split(' ');
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(
      html.indexOf('<meta http-equiv="Content-Security-Policy"'),
      'the policy comes before the first script',
    ).toBeLessThan(html.indexOf('<script'));
    // Worked out independently of the build step: every script element without src whose type is JavaScript.
    const inline = [...html.matchAll(/<script((?:(?!src=)[^>])*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
      .map((m) => m[2]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const s of inline) expect(scriptSrc, s.slice(0, 60)).toContain(`'sha256-${sha(s)}'`);
  });
}

test('an inline script added to a served page is refused, with a CSP report; the page still runs its own', async ({
  context,
}) => {
  const page = await context.newPage();
  const reports: string[] = [];
  page.on('console', (m) => reports.push(m.text()));
  await page.route('**/datasets/casualties', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response: res, body });
  });
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(reports.some((r) => /Content Security Policy/.test(r) && /inline script/i.test(r))).toBe(true);
  // Its own scripts ran: the table sorts.
  await page.locator('button[data-column="value"]').click();
  await expect(page).toHaveURL(/sort=value/);
});
