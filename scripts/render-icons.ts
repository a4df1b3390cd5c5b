// Renders assets/icon.svg to the PNG sizes the browsers' manifests use (public/icon/<size>.png,
// which WXT picks up). Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icon/', import.meta.url);
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: new URL(`${size}.png`, outDir).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
