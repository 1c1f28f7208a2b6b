/** Debian's Chromium, driven by playwright-core; no test tool downloads a browser. */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network and working as root in CI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium profile each time; closing the context also removes the profile folder. */
export async function launch(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'carnet-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  const close = context.close.bind(context);
  // Only once Chromium has exited: its last writes made an earlier removal on 'close' fail (ENOTEMPTY).
  context.close = async (...args) => {
    await close(...args);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return context;
}
