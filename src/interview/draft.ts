import { stringify } from 'yaml';
import { readYamlFile, type YamlPath, type YamlSource } from '../load/yaml.js';
import type { Lang } from '../model/common.js';
import { inputError } from '../model/errors.js';
import { writeFileAtomic } from '../util/fs.js';
import type { Answers } from './types.js';

/**
 * Drafts keep an interview's answers so far: written atomically after every answer, so Ctrl-C or a crash loses
 * nothing. A draft is also a valid answers file: `--resume` continues it, `--answers` replays it. It records
 * no date or time, only what the buyer typed.
 */

export interface Draft {
  readonly lang: Lang;
  /** Where the spec is to be written. */
  readonly output?: string;
  readonly answers: Answers;
  /** The spec this draft edits (--edit): the answers are written back into it. */
  readonly edit?: string;
  /** A compound question (list, indicators, actors) left half-way: its items so far, and the line being typed. */
  readonly partial?: DraftPartial;
}

export interface DraftPartial {
  readonly id: string;
  readonly value: unknown;
  /** What the buyer was typing in a list item when interrupted (offered again on --resume). */
  readonly typing?: string;
}

export const DRAFT_MARK = 'efc_tender_draft';

export function draftPathFor(output: string): string {
  return output.replace(/\.ya?ml$/i, '') + '.draft.yaml';
}

export function draftText(d: Draft, path: string): string {
  const head =
    d.lang === 'fr'
      ? `# Brouillon d'entretien efc-tender (réponses données jusqu'ici).\n# Reprendre : efc-tender interview --resume ${path}\n`
      : `# efc-tender interview draft (answers so far).\n# Resume: efc-tender interview --resume ${path}\n`;
  const body: Record<string, unknown> = { [DRAFT_MARK]: 1, lang: d.lang };
  if (d.output) body.output = d.output;
  if (d.edit) body.edit = d.edit;
  body.answers = d.answers;
  if (d.partial) body.partial = d.partial;
  return head + stringify(body, { lineWidth: 0 });
}

export function saveDraft(path: string, d: Draft): void {
  writeFileAtomic(path, draftText(d, path), true, d.lang);
}

export interface AnswersFile {
  readonly draft: Draft;
  readonly source: YamlSource;
  /** YAML path of the answers map inside the file ([] for a bare map, ["answers"] in a draft). */
  readonly base: YamlPath;
  /** The language the file itself states, if any. */
  readonly fileLang?: Lang;
}

const isMap = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Read a draft, or an answers file: either a draft, a map with an `answers` key, or a bare map of answers. */
export function readAnswersFile(file: string, fallbackLang: Lang): AnswersFile {
  const source = readYamlFile(file, 'answers');
  const data = source.data;
  if (!isMap(data)) throw inputError('answers-not-a-map', `${file} must be a YAML map of answers (question id: answer)`, { file, line: 1, col: 1 });
  const wrapped = DRAFT_MARK in data || isMap(data.answers);
  // In a bare map, `lang` and `output` are settings of the file, not answers.
  const answers = wrapped ? data.answers : Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'lang' && k !== 'output' && k !== 'edit'));
  if (!isMap(answers)) throw inputError('answers-not-a-map', `"answers" in ${file} must be a map of answers`, { ...source.positionOf(['answers']) });
  const lang: Lang = data.lang === 'en' || data.lang === 'fr' ? data.lang : fallbackLang;
  const partial =
    isMap(data.partial) && typeof data.partial.id === 'string'
      ? { id: data.partial.id, value: data.partial.value, ...(typeof data.partial.typing === 'string' ? { typing: data.partial.typing } : {}) }
      : undefined;
  return {
    draft: { lang, output: typeof data.output === 'string' ? data.output : undefined, edit: typeof data.edit === 'string' ? data.edit : undefined, answers: { ...answers }, partial },
    source,
    base: wrapped ? ['answers'] : [],
    fileLang: data.lang === 'en' || data.lang === 'fr' ? data.lang : undefined,
  };
}

/**
 * Whether a file is a finished spec rather than a draft or an answers file: a YAML map with the spec's own top-level
 * keys. Used to refuse overwriting it (it is offered for editing instead). A file that does not parse is not a spec.
 */
export function looksLikeSpec(file: string): boolean {
  try {
    const data = readYamlFile(file, 'spec').data;
    return isMap(data) && !(DRAFT_MARK in data) && !('answers' in data) && 'tender' in data && 'buyer' in data;
  } catch {
    return false;
  }
}
