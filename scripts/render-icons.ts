/**
 * Draws the toolbar and store icons: two overlapping news pages, the front one carrying
 * a pair of quotation marks and a check mark (a second source confirming the first).
 * The SVG is written here and rendered to PNG by headless Chromium, so the icons are
 * reproducible; the PNGs are committed and the build only copies them.
 *
 *   npx tsx scripts/render-icons.ts [--chromium /path/to/chromium]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/**
 * The icon on a 128-unit grid. Small sizes drop the text lines of the back page, which
 * would only blur at 16 px.
 */
export function iconSvg(size: number): string {
  const detailed = size >= 32;
  const lines = detailed
    ? `<g stroke="#8aa4c8" stroke-width="5" stroke-linecap="round">
         <line x1="22" y1="34" x2="58" y2="34"/><line x1="22" y1="48" x2="52" y2="48"/>
         <line x1="22" y1="62" x2="46" y2="62"/></g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="8" y="14" width="72" height="94" rx="10" fill="#dbe6f5" stroke="#23416b" stroke-width="6"/>
  ${lines}
  <rect x="46" y="28" width="74" height="92" rx="10" fill="#0b57d0" stroke="#0a2f6b" stroke-width="6"/>
  <text x="80" y="100" text-anchor="middle" font-family="Georgia, 'DejaVu Serif', serif" font-weight="700"
        font-size="64" fill="#ffffff">\u201C\u201D</text>
  <circle cx="98" cy="98" r="24" fill="#1b6e3a" stroke="#ffffff" stroke-width="6"/>
  <path d="M86 98 l8 9 l16 -18" fill="none" stroke="#ffffff" stroke-width="8"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = argv.indexOf('--chromium');
  const executablePath = flag >= 0 ? argv[flag + 1] : '/usr/bin/chromium';
  const outDir = join(ROOT, 'icons');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--force-device-scale-factor=1'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      await writeFile(join(outDir, `icon-${size}.png`), png);
      console.log(`icons/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
