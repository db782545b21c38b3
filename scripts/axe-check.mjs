// axe-core check of a story page for smoke-stories.mjs.
import { resolve } from 'node:path';

export const axePath = resolve('node_modules/axe-core/axe.min.js');

// Runs in the page once axe.min.js is in it, so it must not use anything from this module.
// Returns one line per failing element: rule, impact, target, help (and the colours for contrast).
export async function runAxe() {
  const { violations } = await window.axe.run(
    // The story only: Storybook's loading and error displays sit outside #storybook-root.
    { include: ['#storybook-root'] },
    // WCAG 2.0, 2.1 and 2.2 A and AA (axe has no wcag22a tag: 2.2 adds no level A rule it can test),
    // color-contrast included, plus axe's best practices.
    { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  );
  return violations.flatMap((violation) => violation.nodes.map((node) => {
    // A target inside shadow roots is a list of selectors, one per shadow host.
    const target = node.target.flat().join(' >>> ');
    const contrast = violation.id.startsWith('color-contrast') && node.any[0]?.data;
    const colours = contrast?.fgColor
      ? ` (${contrast.fgColor} on ${contrast.bgColor}: ${contrast.contrastRatio}:1, needs ${contrast.expectedContrastRatio})` : '';
    return `${violation.id} ${violation.impact} ${target} — ${violation.help}${colours}`;
  }));
}
