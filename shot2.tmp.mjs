import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [path, w, out, sel, scheme] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme || 'light' });
await p.goto('http://127.0.0.1:3300' + path, { waitUntil: 'networkidle' });
await p.locator(sel).first().screenshot({ path: out });
await b.close();
