import { expect, test } from './fixtures';

for (const path of [
  '/',
  '/datasets',
  '/datasets/casualties',
  '/brief',
  '/sources',
  '/data/casualties.csv',
  '/data/casualties.json',
  '/data/datapackage.json',
  '/data/casualties.xlsx',
  '/data/brief.pptx',
  '/data/karabakh-report-figures.zip',
  '/no-such-page',
]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const res = await request.get(path);
    const h = res.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    expect(h['permissions-policy']).toBeTruthy();
    expect(h['x-powered-by']).toBeUndefined();
  });
}
