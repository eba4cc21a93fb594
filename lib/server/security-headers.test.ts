import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EMBED_HEADERS, headersFile, nginxConf, SECURITY_HEADERS } from './security-headers.mjs';

describe('one list of security headers', () => {
  it('is what deploy/nginx.conf sends, location by location, and it is up to date (npm run export writes it)', () => {
    const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
    assert.equal(
      conf,
      nginxConf({ root: '/srv/karabakh-report/out', port: 8080, prefix: '/var/lib/karabakh-report-nginx' }),
    );
    const location = (path: string) =>
      conf.slice(conf.indexOf(`location ${path} {`), conf.indexOf('}', conf.indexOf(`location ${path} {`)));
    for (const h of SECURITY_HEADERS)
      assert.ok(location('/').includes(`add_header ${h.key} "${h.value}" always;`), h.key);
    for (const h of EMBED_HEADERS)
      assert.ok(location('/embed/').includes(`add_header ${h.key} "${h.value}" always;`), h.key);
    assert.ok(!location('/embed/').includes('X-Frame-Options'));
    assert.ok(location('/_next/static/').includes('immutable'));
    assert.ok(!location('/').includes('immutable'), 'pages are not cached as immutable');
  });

  it('is what the static host’s _headers file sends, with /embed/* allowed to be framed', () => {
    const f = headersFile();
    for (const h of SECURITY_HEADERS) assert.ok(f.includes(`  ${h.key}: ${h.value}`), h.key);
    const embed = f.slice(f.indexOf('/embed/*'), f.indexOf('/_next/static/*'));
    assert.match(embed, /! X-Frame-Options/);
    assert.match(embed, /frame-ancestors \*/);
    assert.equal(
      SECURITY_HEADERS.find((h) => h.key === 'Content-Security-Policy')!.value.endsWith("frame-ancestors 'none'"),
      true,
    );
  });
});
