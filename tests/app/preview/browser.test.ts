import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPreview } from '../../../src/app/preview/preview-server.js';
import { FERRY_STORY, startPreview, tempProject } from './preview-fixture.js';

/** Debian's chromium (apt-get install -y chromium); the test never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
/**
 * Root in CI needs --no-sandbox; the rest keeps the browser from reaching any host but the preview on 127.0.0.1
 * (no update checks, safe browsing, sync, field trials or QUIC probes).
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

// In CI the browser test always runs (and fails without chromium); elsewhere it needs the browser installed.
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const name = skip
  ? `opens the preview in Chromium (SKIPPED: ${CHROMIUM} not found and CI unset; install it with "apt-get install -y chromium")`
  : 'opens the preview in Chromium: key points and quotes are on the page and the screenshot is not blank';

// The reporter lists skipped tests without their names: say it where it shows.
if (skip) process.stderr.write(`tests/app/preview/browser.test.ts: ${name}\n`);

describe('preview in a real browser', () => {
  let running: RunningPreview | undefined;
  let profile: string | undefined;

  beforeAll(async () => {
    if (skip) return;
    running = await startPreview(tempProject({ 'night-ferry': FERRY_STORY }));
    profile = mkdtempSync(join(tmpdir(), 'newsbrief-chromium-'));
  });
  afterAll(async () => {
    await running?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.skipIf(skip)(name, async () => {
    const browser = await chromium.launchPersistentContext(profile!, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      // The browser only draws the page: it runs on the real clock. libfaketime (used to check that the suite
      // passes a year ahead) hangs Chromium's processes, and its preload would otherwise reach them.
      env: browserEnv(),
    });
    try {
      const requested: string[] = [];
      browser.on('request', (request) => requested.push(request.url()));
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(running!.url);
      await page.click('a[href="/story/night-ferry"]');
      await page.waitForURL(`${running!.url}story/night-ferry`);

      const slack = await page.locator('.slack').innerText();
      const discord = await page.locator('.discord').innerText();
      for (const point of [
        'The island council voted on Tuesday to keep the night ferry running for another three years.',
        'The decision costs the council 2.4 million euros a year, according to the budget office.',
        'The ferry carried 41,000 passengers last year, most of them hospital and port workers.',
      ]) {
        expect(slack).toContain(`• ${point}`);
        expect(discord).toContain(point);
      }
      for (const quote of ['We cannot leave the night shift workers stranded on the mainland', 'money we do not have', 'a lifeline for the island']) {
        expect(slack).toContain(quote);
        expect(discord).toContain(`“${quote}”`);
      }
      // The cards the browser really drew, the fragments' too: their natural size is the PNG's.
      expect(
        await page.locator('.cards img').evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('alt'), (i as unknown as { naturalWidth: number }).naturalWidth, (i as unknown as { naturalHeight: number }).naturalHeight])),
      ).toEqual([
        ['“We cannot leave the night shift workers stranded on the mainland” (Petra Holm)', 1200, 675],
        ['“money we do not have” (Erik Vos)', 1200, 675],
        ['“a lifeline for the island” (Petra Holm)', 1200, 675],
      ]);

      const shot = PNG.sync.read(await page.screenshot());
      expect([shot.width, shot.height]).toEqual([1280, 900]);
      const colours = new Set<number>();
      let nonWhite = 0;
      for (let i = 0; i < shot.data.length; i += 4) {
        const [r, g, b] = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r < 240 || g < 240 || b < 240) nonWhite++;
      }
      // Text, the dark Discord pane and the page header: many colours and a good share of non-white pixels.
      expect(colours.size).toBeGreaterThan(100);
      expect(nonWhite / (shot.width * shot.height)).toBeGreaterThan(0.2);
      // The page, its links and its card images come from the preview and nowhere else.
      expect(requested.filter((url) => !url.startsWith(running!.url))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

/** This process's environment without libfaketime's preload and settings. */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'LD_PRELOAD' || key.startsWith('FAKETIME')) continue;
    env[key] = value;
  }
  return env;
}
