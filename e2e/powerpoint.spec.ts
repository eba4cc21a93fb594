/**
 * Taking the deck into PowerPoint: the served .pptx files open in a real client (LibreOffice Impress, headless),
 * one page per slide, each page with its source line; the deck builder makes the chosen datasets' deck in the
 * browser, in their order, and loads its writer only on the click.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { DATASET_IDS, expect, test } from './fixtures';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** pdftotext drops spaces around a slash and the hyphen of a word broken at a line end: compare without either. */
const squash = (s: string) => s.replace(/[\s-]/g, '');

function soffice(): string {
  for (const p of [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice'])
    if (p && existsSync(p)) return p;
  throw new Error('LibreOffice is needed for this test: apt-get install libreoffice-impress (or set SOFFICE_PATH)');
}

/** Headlines and source lines of the web deck, slide by slide: an independent rendering of the same deck. */
async function webDeck(page: import('@playwright/test').Page, query = '') {
  await page.goto(`/brief${query}`);
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('section.slide.in-deck').first()).toBeAttached();
  const slides = await page.$$eval('section.slide.in-deck', (els) =>
    els.map((el) => ({
      order: Number((el as HTMLElement).style.order),
      headline: el.querySelector('.slide-headline')?.textContent ?? '',
      source: el.querySelector('[data-testid="slide-source"]')?.textContent ?? '',
    })),
  );
  return slides.sort((a, b) => a.order - b.order);
}

async function slideTexts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const n = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    out.push(
      [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => m[1])
        .join(' ')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

test('the full deck and every dataset’s deck are served as PowerPoint files', async ({ request }) => {
  for (const file of ['brief', ...DATASET_IDS]) {
    const res = await request.get(`/data/${file}.pptx`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type']).toBe(PPTX);
    expect(res.headers()['content-disposition']).toContain(`${file}.pptx`);
    expect([...(await res.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  }
});

test('LibreOffice Impress opens every PowerPoint file: one page per slide, each with its source line and number', async ({
  request,
  page,
}) => {
  // Thirteen files and a LibreOffice start: about a minute alone, more on a loaded 2-core machine.
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'pptx-'));
  const names = ['brief', ...DATASET_IDS];
  for (const f of names) writeFileSync(join(dir, `${f}.pptx`), await (await request.get(`/data/${f}.pptx`)).body());
  const r = spawnSync(
    soffice(),
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((f) => join(dir, `${f}.pptx`)),
    ],
    { encoding: 'utf8', timeout: 270_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const web = await webDeck(page);
  let matched = 0;
  for (const f of names) {
    const slides = await slideTexts(readFileSync(join(dir, `${f}.pptx`)));
    const info = spawnSync('pdfinfo', [join(dir, `${f}.pdf`)], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]), `${f}: pages`).toBe(slides.length);
    for (let k = 1; k <= slides.length; k++) {
      const text = squash(
        spawnSync('pdftotext', ['-f', String(k), '-l', String(k), join(dir, `${f}.pdf`), '-'], { encoding: 'utf8' })
          .stdout,
      );
      expect(text, `${f} page ${k}`).toContain('Source:');
      expect(text, `${f} page ${k}`).toContain(`${k}/${slides.length}`);
      // A slide the web deck also has, unsplit: LibreOffice shows the same headline and source line as the web deck.
      const same = web.find(
        (w) => w.headline !== '' && text.startsWith(squash(w.headline)) && !text.startsWith(`${squash(w.headline)}(`),
      );
      if (same) {
        expect(text, `${f} page ${k}: ${same.headline}`).toContain(squash(same.source));
        matched++;
      }
    }
  }
  // Title, closing and every chart slide that is not split, in eleven files.
  expect(matched).toBeGreaterThan(40);
});

test('the deck builder’s PowerPoint download has the chosen datasets in their order, and loads its writer on the click', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (req) => asked.push(new URL(req.url()).pathname));
  await page.goto('/brief/build');
  await expect(page.locator('.deck-builder')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('checkbox', { name: /Casualties/ }).check();
  await page.getByRole('checkbox', { name: /Arms imports/ }).check();
  await page.getByRole('button', { name: /Move Casualties: ranges and counted incidents up/ }).click();
  await page.getByRole('button', { name: /Move Casualties: ranges and counted incidents up/ }).click();
  await page.getByRole('button', { name: /Move Casualties: ranges and counted incidents up/ }).click();
  await expect(page.getByTestId('deck-link')).toHaveText('/brief?ids=casualties,arms-imports');
  expect(
    asked.filter((p) => p.startsWith('/vendor/')),
    'no writer before the click',
  ).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pptx').click()]);
  expect(download.suggestedFilename()).toBe('briefing-deck-custom.pptx');
  await expect(page.getByRole('status')).toContainText('PowerPoint file ready');
  expect(asked).toContain('/vendor/pptxgen.bundle.js');
  const texts = await slideTexts(readFileSync((await download.path())!));
  const web = await webDeck(page, '?ids=casualties,arms-imports');
  expect(texts).toHaveLength(web.length);
  for (const [i, w] of web.entries()) expect(norm(texts[i]!), `slide ${i + 1}`).toContain(norm(w.headline));
  expect(norm(texts[1]!)).toContain('Deaths in the war');
  expect(norm(texts.at(-2)!)).toContain('Arms imports 2011–2020');
});
