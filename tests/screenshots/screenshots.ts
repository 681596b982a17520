// `npm run screenshots`: the pictures a person looks at before calling a reader-facing change done (the brief's
// 360, 768, 1280 and 1920 px, light and dark, at the top and scrolled to the middle, and one print), written to
// screenshots/ (git-ignored). Tests measure; this is for eyes, so `npm test` does not spend the machine on it.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/article.ts';
import { HOW_TO_GET_CHROMIUM, launch, serve, testChromePath } from '../support/browser.ts';
import { assertBuilt, distDir } from '../support/dist.ts';
import { scrollThroughInPage, scrollSettledInPage } from '../support/page-checks.ts';

const OUT = join(root, 'screenshots');
const PAGES = { article: '', figures: 'figures/', 'not-found': 'no-such-page/', 'embed-chart-deals': 'embed/chart-deals/' };
const WIDTHS = [360, 768, 1280, 1920];

if (!testChromePath()) throw new Error(HOW_TO_GET_CHROMIUM);
assertBuilt(distDir);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const [browser, server] = await Promise.all([launch(), serve(distDir)]);
let count = 0;
for (const [name, path] of Object.entries(PAGES)) {
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width < 768 ? 740 : 900 }, colorScheme: scheme });
      await page.goto(`${server.root}${path}`);
      // Scrolled through first, so every chart below is drawn as a reader who got there would see it.
      await page.evaluate(scrollThroughInPage);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(scrollSettledInPage);
      await page.screenshot({ path: join(OUT, `${name}-${width}-${scheme}-top.png`) });
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
      await page.evaluate(scrollSettledInPage);
      await page.screenshot({ path: join(OUT, `${name}-${width}-${scheme}-middle.png`) });
      count += 2;
      await page.close();
    }
  }
}
// One print of the article, as a reader's Print button makes it (light paper, whatever the screen's scheme).
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.root);
await page.evaluate(scrollThroughInPage);
await page.pdf({ path: join(OUT, 'article-print.pdf'), format: 'A4', printBackground: true });
await Promise.all([browser.close(), server.close()]);
console.log(`screenshots: ${count} pictures and article-print.pdf in ${OUT}`);
