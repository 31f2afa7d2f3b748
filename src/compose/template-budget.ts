import type Handlebars from 'handlebars';
import { InputError } from '../model/errors.js';
import { formatBytes, loadMessage } from '../load/messages.js';

/**
 * Most text one template may produce. The longest bundled template renders a few kilobytes; a user's template
 * with nested loops could otherwise build gigabytes before anything notices.
 */
export const MAX_TEMPLATE_OUTPUT = 4 * 1024 * 1024;

/**
 * Give a Handlebars environment a render budget: its `each` helper (the only one that multiplies text) counts the
 * output of every block it renders, so a render stops with an InputError naming the template as soon as the budget
 * is passed, not after the whole text is in memory. Nested blocks are counted at each level: the budget is a bound,
 * not an exact measure. Returns `run`, which renders one template within a fresh budget.
 */
export function installRenderBudget(hb: typeof Handlebars): (file: string, render: () => string) => string {
  let used = 0;
  let current = '';
  const over = (): InputError =>
    new InputError([{ code: 'template-output-too-large', severity: 'error', file: current, message: loadMessage('template-output-too-large', { file: current, limit: formatBytes(MAX_TEMPLATE_OUTPUT) }) }]);
  const each = hb.helpers['each']!;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const fn = options.fn;
    const counted = function (this: unknown, ctx: unknown, opts?: Handlebars.RuntimeOptions): string {
      const out = fn.call(this, ctx, opts);
      used += out.length;
      if (used > MAX_TEMPLATE_OUTPUT) throw over();
      return out;
    };
    return each.call(this, context, { ...options, fn: counted as Handlebars.HelperOptions['fn'] });
  });
  return (file, render) => {
    used = 0;
    current = file;
    const out = render();
    if (out.length > MAX_TEMPLATE_OUTPUT) throw over();
    return out;
  };
}
