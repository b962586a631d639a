import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('tests/e2e/screenshots');
const ADMIN_DIST = path.resolve('admin/dist');

/** The server serves admin/dist as it is at startup: without a build the test could only fail obscurely. */
export function requireAdminBuild(): void {
  for (const file of ['index.html', 'graphiql.html']) {
    if (!existsSync(path.join(ADMIN_DIST, file))) {
      throw new Error(
        `admin/dist/${file} is missing: run \`npm run build:admin\` before the e2e tests (\`npm test\` builds it first)`,
      );
    }
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records every request the page makes that does not go to `origin` (data: and blob: URLs are local). */
export function watchRequests(page: Page, origin: string): { outside: string[]; errors: string[] } {
  const seen = { outside: [] as string[], errors: [] as string[] };
  page.on('request', request => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      seen.outside.push(url);
  });
  page.on('pageerror', error => seen.errors.push(error.message));
  return seen;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
