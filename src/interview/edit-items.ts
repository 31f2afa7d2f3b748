import type { z } from 'zod';
import { t } from '../wording/catalog.js';
import type { AskContext } from './types.js';
import { check } from './validate.js';
import { checkTyped } from './text-check.js';

/**
 * Changing one line of a list answer from the review screen: reword it (its text as the default), move it up or
 * down, or remove it. The whole list is returned, so the runner records it like any other answer.
 */
export async function editListItem(ctx: AskContext, list: readonly string[], index: number, itemSchema: z.ZodType, checkField?: string): Promise<string[]> {
  const { asker, lang } = ctx;
  const item = list[index]!;
  const action = await asker.select<'reword' | 'up' | 'down' | 'remove'>({
    key: 'item.action',
    message: t(lang, 'interview.item.action', { item }),
    choices: [
      { value: 'reword', name: t(lang, 'interview.item.reword') },
      ...(index > 0 ? [{ value: 'up' as const, name: t(lang, 'interview.item.up') }] : []),
      ...(index < list.length - 1 ? [{ value: 'down' as const, name: t(lang, 'interview.item.down') }] : []),
      { value: 'remove', name: t(lang, 'interview.item.remove') },
    ],
    default: 'reword',
  });
  const out = [...list];
  if (action === 'remove') {
    out.splice(index, 1);
    return out;
  }
  if (action === 'up' || action === 'down') {
    const j = action === 'up' ? index - 1 : index + 1;
    [out[index], out[j]] = [out[j]!, out[index]!];
    return out;
  }
  const text = await asker.text({ key: 'item.text', message: t(lang, 'interview.item.text'), default: item, validate: (s) => (s.trim() ? check(itemSchema, s.trim(), lang) : t(lang, 'interview.required')) });
  // A reworded line is read at once, like a line typed during the interview (text-check.ts).
  out[index] = checkField && text.trim() !== item ? await checkTyped(ctx, checkField, 'item.text', text.trim(), (s) => check(itemSchema, s, lang)) : text.trim();
  return out;
}
