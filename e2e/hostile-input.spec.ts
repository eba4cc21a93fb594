import { expect, test } from './fixtures';

const LONG = 'a'.repeat(4000);
const XSS = '<script>alert(1)</script>';
const ENC_XSS = encodeURIComponent(XSS);

const PATHS = [
  `/datasets/${ENC_XSS}`,
  `/datasets/${LONG}`,
  '/datasets/..%2F..%2F..%2Fetc%2Fpasswd',
  '/datasets/%2e%2e%2fpackage.json',
  '/datasets/casualties%00',
  '/datasets/%E2%80%AE',
  '/datasets/%ZZ',
  '/datasets/casualties/extra',
  `/data/${ENC_XSS}.csv`,
  '/data/..%2F..%2Fpackage.json',
  `/data/${LONG}.csv`,
  '/data/casualties.CSV',
  '/data/',
  `/datasets/casualties?sort=${ENC_XSS}`,
  `/datasets/casualties?sort=${LONG}`,
  `/datasets/casualties?sort=-value&sort=label&sort=${ENC_XSS}`,
  '/datasets/casualties?sort[]=value&sort[x]=1',
  `/brief?slide=${ENC_XSS}`,
  `/brief?slide=${'9'.repeat(500)}`,
  '/brief?slide=1&slide=2&slide=-1',
  `/brief?ids=${ENC_XSS}`,
  `/brief?ids=${LONG}`,
  '/brief?ids=,,,,' + '&ids=casualties',
  `/?${'x=1&'.repeat(300)}`,
  '/sources?%00=%00',
  '/_next/../../package.json',
  `/_next/static/${ENC_XSS}`,
];

for (const path of PATHS) {
  test(`hostile GET ${path.slice(0, 70)}`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    const status = res.status();
    expect([200, 204, 301, 302, 303, 307, 308, 400, 404, 405, 414, 431]).toContain(status);
    expect(status).toBeLessThan(500);
    const body = await res.text();
    expect(body).not.toContain(XSS);
    expect(body).not.toMatch(/at \S+ \(\/.*:\d+:\d+\)|Error: .*\n\s+at /);
    if (status === 404 && (res.headers()['content-type'] ?? '').includes('text/html'))
      expect(body).toContain('Page not found');
  });
}

for (const path of ['/', '/datasets/casualties', '/brief', '/data/casualties.csv']) {
  test(`HEAD and POST ${path}`, async ({ request }) => {
    const head = await request.head(path);
    expect(head.status()).toBe(200);
    const post = await request.post(path, { data: { x: XSS } });
    expect([200, 400, 404, 405]).toContain(post.status());
    expect(await post.text()).not.toContain(XSS);
  });
}

test('the pages never render a raw parameter as HTML', async ({ page }) => {
  await page.goto(`/brief?ids=${ENC_XSS}`);
  await expect(page.locator('.deck-notice')).toContainText(XSS);
  expect(await page.locator('.deck-notice script').count()).toBe(0);
  await page.goto(`/datasets/casualties?sort=${ENC_XSS}`);
  expect(await page.locator('table script').count()).toBe(0);
});
