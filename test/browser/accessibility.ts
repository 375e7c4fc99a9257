// axe-core's WCAG 2.1 A and AA rules on what the page shows now.
import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

/**
 * Waits for the animations that will end (a Fluent dialog fading in, a drawer sliding) to end: in
 * the middle of one, an element has colours between its own and its background's, and axe's
 * color-contrast would judge those. The pages run with reduced motion (harness.ts), so there are
 * seldom any; an endless one (a spinner) is not waited for.
 */
async function animationsEnded(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(animation => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map(animation => animation.finished.catch(() => undefined)),
    ),
  );
}

export async function wcagViolations(page: Page): Promise<string[]> {
  await animationsEnded(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus manager (tabster) puts empty aria-hidden sentinels around focus traps that
    // hand the focus on as soon as they get it; axe cannot know that and reports them.
    .exclude('[data-tabster-dummy]')
    // axe.run in the page itself. The default runs axe in every frame and then combines the
    // results in a new blank page, which takes as long again; the pane has no frames of its own.
    .setLegacyMode()
    .analyze();
  return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`);
}
