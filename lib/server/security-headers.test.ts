import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { headersFile, nginxConf } from './security-headers.mjs';

/**
 * The headers a reader's browser must get, written out by hand (not read from the list under test): a change to the
 * list that drops or weakens one fails here.
 */
const PAGE = [
  `Content-Security-Policy "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"`,
  'X-Content-Type-Options "nosniff"',
  'Referrer-Policy "strict-origin-when-cross-origin"',
  'X-Frame-Options "DENY"',
  'Cross-Origin-Opener-Policy "same-origin"',
];

describe('one list of security headers', () => {
  it('is what deploy/nginx.conf sends, location by location, and it is up to date (npm run export writes it)', () => {
    const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
    assert.equal(
      conf,
      nginxConf({ root: '/srv/karabakh-report/out', port: 8080, prefix: '/var/lib/karabakh-report-nginx' }),
    );
    const location = (path: string) =>
      conf.slice(conf.indexOf(`location ${path} {`), conf.indexOf('}', conf.indexOf(`location ${path} {`)));
    for (const h of PAGE) assert.ok(location('/').includes(`add_header ${h} always;`), h);
    for (const h of PAGE.slice(1).filter((x) => !x.startsWith('X-Frame-Options')))
      assert.ok(location('/embed/').includes(`add_header ${h} always;`), h);
    assert.ok(location('/embed/').includes('frame-ancestors *" always;'), 'embeds may be framed');
    assert.ok(!location('/embed/').includes('X-Frame-Options'));
    assert.ok(location('/_next/static/').includes('immutable'));
    assert.ok(!location('/').includes('immutable'), 'pages are not cached as immutable');
  });

  it('is what the static host’s _headers file sends, with /embed/* allowed to be framed', () => {
    const f = headersFile();
    for (const h of PAGE) {
      const [, key, value] = /^(\S+) "(.*)"$/.exec(h)!;
      assert.ok(f.includes(`  ${key}: ${value}`), key);
    }
    const embed = f.slice(f.indexOf('/embed/*'), f.indexOf('/_next/static/*'));
    assert.match(embed, /! X-Frame-Options/);
    assert.match(embed, /frame-ancestors \*/);
  });
});
