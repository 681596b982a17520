import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, testChromePath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser project's one Chromium listens; empty when no Chromium is installed. */
    chromiumEndpoint: string;
  }
}

/**
 * The browser project's global setup: one Chromium for all its files, each connecting over a WebSocket. Launching
 * one a file cost this two-core machine about two seconds of wall time and four of CPU, sixteen times a run.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Without a browser, each file's requireChromium() fails naming what to install: nothing to start here.
  if (!testChromePath()) {
    project.provide('chromiumEndpoint', '');
    return undefined;
  }
  const server = await chromium.launchServer({ executablePath: testChromePath(), args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
