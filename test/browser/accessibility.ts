// axe-core's WCAG 2.1 A and AA rules on what the page shows now.
import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';

export async function wcagViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus manager (tabster) puts empty aria-hidden sentinels around focus traps that
    // hand the focus on as soon as they get it; axe cannot know that and reports them.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`);
}
