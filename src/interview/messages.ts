import type { Lang, LText } from '../model/common.js';
import { bilingual, fill as fillWords } from '../wording/catalog.js';
import type { Asker } from './types.js';

/** The interview's own sentences (questions keep theirs beside their definition), from the catalog's `interview.*` keys. */
export const M = {
  intro: bilingual('interview.intro'),
  resumeFound: bilingual('interview.resumeFound'),
  cannotBuild: bilingual('interview.cannotBuild'),
  findings: bilingual('interview.findings'),
  noFindings: bilingual('interview.noFindings'),
  reviewChoice: bilingual('interview.reviewChoice'),
  write: bilingual('interview.write'),
  revise: bilingual('interview.revise'),
  quit: bilingual('interview.quit'),
  leftDraft: bilingual('interview.leftDraft'),
  overwrite: bilingual('interview.overwrite'),
  otherName: bilingual('interview.otherName'),
  written: bilingual('interview.written'),
  interrupted: bilingual('interview.interrupted'),
  interruptedEmpty: bilingual('interview.interruptedEmpty'),
  crashed: bilingual('interview.crashed'),
  notATerminal: bilingual('interview.notATerminal'),
} satisfies Record<string, LText>;

/** Fill {{placeholders}} (the catalog's syntax). */
export const fill = (text: string, vars: Readonly<Record<string, string>> = {}): string => fillWords(text, vars);

export function say(asker: Asker, msg: LText, lang: Lang, vars?: Readonly<Record<string, string>>): void {
  asker.say(fill(msg[lang], vars));
}
