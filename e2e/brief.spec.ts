import { expect, test, type Page } from './fixtures';

async function total(page: Page): Promise<number> {
  const text = (await page.getByTestId('progress').textContent()) ?? '';
  return Number(text.split('/')[1]);
}

async function at(page: Page, n: number) {
  await expect(page.getByTestId('progress')).toHaveText(new RegExp(`^${n} / \\d+$`));
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  await expect(page.locator('section.slide.current')).toHaveCount(1);
}

test('keyboard alone steps through the whole deck, and the URL follows', async ({ page }) => {
  await page.goto('/brief');
  await at(page, 1);
  const n = await total(page);
  expect(n).toBeGreaterThanOrEqual(12);
  await expect(page.locator('section.slide.current .slide-headline')).toContainText('The 44-Day Karabakh War');
  const seen = new Set<string>();
  for (let i = 1; i < n; i++) {
    seen.add((await page.locator('section.slide.current').getAttribute('data-slide-key'))!);
    await page.keyboard.press(i % 3 === 0 ? 'Space' : i % 3 === 1 ? 'ArrowRight' : 'PageDown');
    await at(page, i + 1);
  }
  seen.add((await page.locator('section.slide.current').getAttribute('data-slide-key'))!);
  expect(seen.size).toBe(n);
  await expect(page.locator('section.slide.current .slide-headline')).toHaveText('Sources and caveats');
  await page.keyboard.press('ArrowRight');
  await at(page, n);
  await page.keyboard.press('ArrowLeft');
  await at(page, n - 1);
  await page.keyboard.press('PageUp');
  await at(page, n - 2);
  await page.keyboard.press('Home');
  await at(page, 1);
  await page.keyboard.press('End');
  await at(page, n);
});

test('a reload or a shared link opens the same slide', async ({ page }) => {
  await page.goto('/brief?slide=3');
  await at(page, 3);
  const key = await page.locator('section.slide.current').getAttribute('data-slide-key');
  await page.keyboard.press('ArrowRight');
  await at(page, 4);
  await page.reload();
  await at(page, 4);
  await page.goto('/brief?slide=3');
  expect(await page.locator('section.slide.current').getAttribute('data-slide-key')).toBe(key);
});

for (const [raw, expected] of [
  ['0', 'first'],
  ['-4', 'first'],
  ['abc', 'first'],
  ['', 'first'],
  ['2.4', '2'],
  ['99999', 'last'],
  ['1e999', 'first'],
  ['%3Cscript%3E', 'first'],
  ['2&slide=9', '2'],
] as const) {
  test(`slide=${raw} opens the nearest valid slide (${expected})`, async ({ page }) => {
    const res = await page.goto(`/brief?slide=${raw}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
    const n = await total(page);
    await at(page, expected === 'first' ? 1 : expected === 'last' ? n : Number(expected));
  });
}

test('a custom deck keeps only the named datasets, in order, and names unknown ids', async ({ page }) => {
  await page.goto('/brief?ids=mine-maps,no-such-thing,casualties');
  await expect(page.locator('.deck-notice')).toContainText('no-such-thing');
  const n = await total(page);
  const keys: (string | null)[] = [];
  for (let i = 1; i <= n; i++) {
    await at(page, i);
    keys.push(await page.locator('section.slide.current').getAttribute('data-dataset'));
    if (i < n) await page.keyboard.press('ArrowRight');
  }
  // mine-maps: the maps-and-accuracy slide and the minefield districts map; casualties: ranges and incidents.
  expect(keys).toEqual(['', 'mine-maps', 'mine-maps', 'casualties', 'casualties', '']);
  await expect(page).toHaveURL(/ids=mine-maps%2Cno-such-thing%2Ccasualties|ids=mine-maps,no-such-thing,casualties/);
});

test('a hostile ids value is shown as text, never as HTML', async ({ page }) => {
  await page.goto('/brief?ids=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('.deck-notice')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.deck-notice img')).toHaveCount(0);
});

test('N shows and hides the speaker notes, with the verbatim phrase and caveats', async ({ page }) => {
  await page.goto('/brief?ids=casualties&slide=2');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  const notes = page.locator('section.slide.current .notes');
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('“According to official reports, up to seven thousand combatants”');
  await expect(notes).toContainText('Caveats');
  await page.keyboard.press('N');
  await expect(notes).toBeHidden();
});

test('F requests full screen, and Escape leaves it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { fsCalls: string[] };
    w.fsCalls = [];
    let on = false;
    Object.defineProperty(Document.prototype, 'fullscreenElement', {
      get: () => (on ? document.documentElement : null),
      configurable: true,
    });
    Element.prototype.requestFullscreen = () => {
      w.fsCalls.push('request');
      on = true;
      return Promise.resolve();
    };
    Document.prototype.exitFullscreen = () => {
      w.fsCalls.push('exit');
      on = false;
      return Promise.resolve();
    };
  });
  await page.goto('/brief');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { fsCalls: string[] }).fsCalls)).toEqual(['request']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F');
  await page.keyboard.press('F');
  expect(await page.evaluate(() => (window as unknown as { fsCalls: string[] }).fsCalls)).toEqual([
    'request',
    'exit',
    'request',
    'exit',
  ]);
});

test('a click on the right half goes forward, on the left half back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/brief?slide=2');
  await at(page, 2);
  await page.mouse.click(1100, 300);
  await at(page, 3);
  await page.mouse.click(150, 300);
  await at(page, 2);
});

test('printing gives one landscape page per slide of the deck', async ({ page }) => {
  await page.goto('/brief');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  const n = await total(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck-bar')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(n);
  await page.goto('/brief?ids=casualties');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  const custom = await page.pdf({ preferCSSPageSize: true });
  expect((custom.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(4);
});

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`every slide fits ${w}×${h} without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/brief');
    const n = await total(page);
    for (let i = 1; i <= n; i++) {
      await at(page, i);
      const m = await page.evaluate(() => {
        const slide = document.querySelector('section.slide.current') as HTMLElement;
        const body = slide.querySelector('.slide-body') as HTMLElement;
        const footer = slide.querySelector('.slide-footer') as HTMLElement;
        const bar = document.querySelector('.deck-bar') as HTMLElement;
        const fs = (sel: string) => {
          const el = slide.querySelector(sel);
          return el ? parseFloat(getComputedStyle(el).fontSize) : 99;
        };
        return {
          key: slide.dataset.slideKey,
          docScroll: document.documentElement.scrollHeight - window.innerHeight,
          docScrollX: document.documentElement.scrollWidth - window.innerWidth,
          bodyOverflow: body.scrollHeight - body.clientHeight,
          footerBelowBar: footer.getBoundingClientRect().bottom - bar.getBoundingClientRect().top,
          footerFont: fs('.slide-footer p'),
          cardFont: fs('.slide-card-label'),
        };
      });
      expect(m.docScroll, `${m.key}: page scrolls`).toBeLessThanOrEqual(0);
      expect(m.docScrollX, `${m.key}: page scrolls sideways`).toBeLessThanOrEqual(0);
      expect(m.bodyOverflow, `${m.key}: slide content is cut off`).toBeLessThanOrEqual(1);
      expect(m.footerBelowBar, `${m.key}: source line hidden by the controls`).toBeLessThanOrEqual(0);
      if (w === 1280) {
        expect(m.footerFont, `${m.key}: source line font`).toBeGreaterThanOrEqual(24);
        expect(m.cardFont, `${m.key}: card text font`).toBeGreaterThanOrEqual(24);
      }
      if (i < n) await page.keyboard.press('ArrowRight');
    }
  });
}

test('the deck builder makes a custom deck link', async ({ page }) => {
  await page.goto('/brief/build');
  await expect(page.locator('.deck-builder')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('checkbox', { name: /Casualties/ }).check();
  await page.getByRole('checkbox', { name: /Minefield maps/ }).check();
  await page.getByRole('button', { name: /Move Casualties: ranges and counted incidents up/ }).click();
  await expect(page.getByTestId('deck-link')).toHaveText(/\/brief\?ids=/);
  const link = await page.getByTestId('deck-link').textContent();
  // casualties sat after mine-maps and moved up one place: before it now
  expect(link).toBe('/brief?ids=casualties,mine-maps');
  await page.getByTestId('open-deck').click();
  await at(page, 1);
  // Title, casualties' two slides, mine-maps' two slides, closing.
  expect(await total(page)).toBe(6);
});

for (const width of [412, 1280]) {
  test(`the slide bar's controls do not move while the bar is still loading (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/brief');
    await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.deck-bar > :not(.visually-hidden)')].slice(0, 2).map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      );
    const full = await boxes();
    expect(full).toHaveLength(2);
    // The bar is the last thing in the HTML: while the deck loads, only its first controls may be parsed.
    await page.evaluate(() => {
      for (const el of [...document.querySelectorAll('.deck-bar > :not(.visually-hidden)')].slice(2)) el.remove();
    });
    expect(await boxes()).toEqual(full);
    // ... or a control parsed before its label: it keeps its place (and height) when the label arrives.
    const button = page.locator('.deck-bar button').first();
    const before = await button.boundingBox();
    await button.evaluate((el) => {
      el.textContent = '';
    });
    const empty = await button.boundingBox();
    expect([empty?.y, empty?.height]).toEqual([before?.y, before?.height]);
    // Every control can still be reached on a phone: the bar scrolls sideways instead of growing.
    await page.reload();
    await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
    await page.locator('.deck-bar a', { hasText: 'Exit' }).focus();
    await expect(page.locator('.deck-bar a', { hasText: 'Exit' })).toBeInViewport();
  });
}

for (const width of [412, 1280]) {
  test(`the title slide's text does not move while the rest of the slide is still loading (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/brief');
    await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
    const title = page.locator('section.slide-title');
    const boxes = () =>
      title.evaluate((el) =>
        ['.slide-kicker', '.slide-headline', '.slide-citation'].map((s) => {
          const r = el.querySelector(s)!.getBoundingClientRect();
          return [r.x, r.y];
        }),
      );
    const full = await boxes();
    // As the first frames may see it: the title and the citation parsed, the paragraphs after them and the footer not yet.
    await title.evaluate((el) => {
      for (const n of el.querySelectorAll('.slide-citation ~ *, .slide-footer')) n.remove();
    });
    expect(await boxes()).toEqual(full);
  });
}

for (const width of [412, 1280]) {
  test(`the deck builder's controls keep their place when their labels arrive late (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/brief/build');
    await expect(page.locator('.deck-builder')).toHaveAttribute('data-ready', 'true');
    // The page is parsed in pieces: a control can be drawn before its label has arrived. Its box must not move (or change
    // height) when the label comes; the link below the buttons must not move when the Copy button's label comes.
    const moved = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.height].join(',');
      };
      const link = document.querySelector('[data-testid="deck-link"]')!;
      const out: string[] = [];
      const controls = [
        ...document.querySelectorAll('.builder-list button, .builder-actions button, .builder-actions a'),
      ];
      for (const el of controls) {
        const [mine, linkBox, text] = [box(el), box(link), el.textContent];
        el.textContent = '';
        if (box(el) !== mine) out.push(`${el.outerHTML}: ${mine} → ${box(el)}`);
        if (box(link) !== linkBox) out.push(`link moved when ${el.outerHTML} had no label`);
        el.textContent = text;
      }
      return { count: controls.length, out };
    });
    expect(moved.count).toBeGreaterThan(20);
    expect(moved.out).toEqual([]);
  });
}

test('a slide change is announced once: one live region says the slide number and headline', async ({ page }) => {
  await page.goto('/brief');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('progress')).toHaveText(/^2 \//);
  const live = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')]
      .filter((el) => /\b2\b/.test(el.textContent ?? '') && el.closest('.deck'))
      .map((el) => el.textContent),
  );
  expect(live).toHaveLength(1);
  expect(live[0]).toMatch(/^Slide 2 of \d+: /);
});
