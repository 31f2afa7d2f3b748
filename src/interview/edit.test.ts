/**
 * Reopening a spec, through the real prompts in a fake terminal, typed key by key: one indicator's target changed
 * from the review screen in at most 10 keystrokes; no file ever overwritten unasked; Ctrl-C in the middle of a list
 * item, then --resume, loses nothing.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../load/catalog.js';
import { loadSpec } from '../load/spec.js';
import { readAnswersFile, saveDraft } from './draft.js';
import { backupPathFor, Session } from './session.js';
import { keyboard } from '../../test/helpers/interview.js';

const catalog = loadCatalog();
const DOWN = '\x1b[B';
const CTRL_C = '\x03';

function workingCopy(example: string): { dir: string; file: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'efc-edit-'));
  const file = join(dir, `${example}.yaml`);
  copyFileSync(join('examples', `${example}.yaml`), file);
  // The buyer's own notes in the file: an edit keeps them.
  const original = '# Notes du service : relu avec le DGS le 3 novembre.\n' + readFileSync(file, 'utf8').replace('  duration_months: 72\n', '  duration_months: 72 # six ans, avis du bureau\n');
  writeFileSync(file, original);
  return { dir, file, original };
}

describe('reopening a spec', { timeout: 60_000 }, () => {
  it('changes one indicator’s target from the review screen in at most 10 keystrokes, writing back only that value', async () => {
    const { file, original } = workingCopy('sicoval-waste');
    const kb = keyboard({
      review: [['3', '\r'], ['\r']], // "Modifier une réponse — Étape 2", then "Écrire"
      'change.stage-2': [['2', '\r']], // the first indicator
      'indicator.field': [['\r']], // its target (proposed first)
      'usage_performance[0].target': [['4', '5', '0', '\r']],
    });
    const result = await new Session({ catalog, asker: kb.asker, interactive: true, edit: file }).run();
    expect(kb.strokes()).toBeLessThanOrEqual(10);
    expect(kb.asked).toEqual(['review', 'change.stage-2', 'indicator.field', 'usage_performance[0].target', 'review']);
    expect(result).toMatchObject({ written: file, backup: backupPathFor(file) });
    // Exactly one line changed; the buyer's comments, folding and order are the same bytes.
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(original.replace('    target: 476\n', '    target: 450\n'));
    expect(readFileSync(backupPathFor(file), 'utf8')).toBe(original);
    expect(loadSpec(file).spec.usage_performance[0]!.target).toBe(450);
    // The review screen lists the indicator in words, not by id.
    expect(kb.screen()).toContain('Déchets ménagers et assimilés produits par habitant : 560 → 476 kg/hab/an en 2032');
    expect(existsSync(file.replace(/\.yaml$/, '.draft.yaml'))).toBe(false);
  });

  it('rewords a line of a list, then moves it down, from the review screen', async () => {
    const { file } = workingCopy('sicoval-waste');
    const before = loadSpec(file).spec.stakes;
    const kb = keyboard({
      review: [['2', '\r'], ['2', '\r'], ['\r']],
      // After "back", the buyer, the territory, its description, its population and the life function: the first stake.
      'change.stage-1': [['7', '\r'], ['7', '\r']],
      'item.action': [['\r'], [DOWN, '\r']], // reword; then "move down" (the first line cannot move up)
      'item.text': [['\t', ...' (à vérifier)', '\r']], // Tab takes back the old text to correct it
    });
    await new Session({ catalog, asker: kb.asker, interactive: true, edit: file }).run();
    expect(loadSpec(file).spec.stakes).toEqual([before[1], `${before[0]} (à vérifier)`, ...before.slice(2)]);
    expect(kb.screen()).toContain('Quels sont les enjeux du territoire pour cette fonction ? ›');
  });

  it('never overwrites: --resume on a finished spec offers to edit it, and declining leaves it untouched', async () => {
    const { dir, file, original } = workingCopy('rural-mobility');
    const kb = keyboard({ 'open-for-edit': [['n', '\r']] });
    const result = await new Session({ catalog, asker: kb.asker, interactive: true, resume: file }).run();
    expect(kb.asked).toEqual(['open-for-edit']);
    expect(result.written).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(existsSync(join(dir, 'rural-mobility.draft.yaml'))).toBe(false);
    expect(kb.screen()).toContain('--edit');
  });

  it('never overwrites: an edit that changes nothing leaves the file as it was, without a backup', async () => {
    const { file, original } = workingCopy('school-catering');
    const kb = keyboard({});
    const result = await new Session({ catalog, asker: kb.asker, interactive: true, edit: file }).run();
    expect(kb.screen()).toContain('Aucun changement');
    expect(result.written).toBe(file);
    expect(result.backup).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('Esc goes back to the previous question, its answer offered again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-edit-'));
    const draft = join(dir, 'x.draft.yaml');
    saveDraft(draft, { lang: 'fr', output: join(dir, 'x.yaml'), answers: { 'buyer.name': 'Syndicat', 'territory.name': 'Lauragais', 'territory.description': 'Trente communes.' } });
    const kb = keyboard({ 'territory.population': [[...'42000', '\r'], [CTRL_C]], life_function: [['\x1b']] });
    await expect(new Session({ catalog, asker: kb.asker, interactive: true, resume: draft }).run()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(kb.asked).toEqual(['territory.population', 'life_function', 'territory.population']);
    expect(kb.screen()).toContain('(42000)'); // the earlier answer, as the default
    expect(kb.screen()).toContain('échap question précédente'); // the key legend says so, in French
  });

  it('Ctrl-C during an edit keeps the changes; --resume of that draft goes back to them, then writes the spec', async () => {
    const { file, original } = workingCopy('sicoval-waste');
    const first = keyboard({ review: [['3', '\r'], [CTRL_C]], 'change.stage-2': [['2', '\r']], 'usage_performance[0].target': [[...'450', '\r']] });
    await expect(new Session({ catalog, asker: first.asker, interactive: true, edit: file }).run()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(readFileSync(file, 'utf8')).toBe(original); // nothing written before the summary's "write"
    const draft = file.replace(/\.yaml$/, '.draft.yaml');
    const second = keyboard({});
    const result = await new Session({ catalog, asker: second.asker, interactive: true, resume: draft }).run();
    expect(second.asked).toEqual(['review']);
    expect(result.written).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(original.replace('    target: 476\n', '    target: 450\n'));
  });

  it('writes a preview of the documents into a temporary folder from the review screen, then comes back', async () => {
    const { file, original } = workingCopy('school-catering');
    const kb = keyboard({ review: [['6', '\r'], ['7', '\r']], 'preview.format': [[DOWN, '\r']] });
    const result = await new Session({ catalog, asker: kb.asker, interactive: true, edit: file }).run();
    expect(kb.asked).toEqual(['review', 'preview.format', 'review']);
    const dir = /Aperçu écrit dans (\S+) :/.exec(kb.screen())?.[1];
    expect(dir).toBeTruthy();
    expect(readFileSync(join(dir!, 'school-catering-spec.md'), 'utf8')).toContain('Restauration');
    expect(result.written).toBeUndefined(); // quit after the preview: the spec is as it was
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('Ctrl-C while typing a list item keeps the line; --resume says where it picks up and offers it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efc-edit-'));
    const output = join(dir, 'dechets.yaml');
    const draft = join(dir, 'dechets.draft.yaml');
    // A draft that has reached the stakes of the waste function.
    saveDraft(draft, {
      lang: 'fr',
      output,
      answers: { 'buyer.name': 'Syndicat du Lauragais', 'territory.name': 'Lauragais', 'territory.description': 'Trente communes rurales.', 'territory.population': 42000, life_function: 'gerer-dechets' },
    });
    const stakes = catalog.functions.get('gerer-dechets')!.stakes.fr;
    const first = keyboard({ 'stakes.pick': [[...stakes.map(() => DOWN), ' ', '\r']], [`stakes[${stakes.length}]`]: [[...'Trop de biodéchets', CTRL_C]] });
    await expect(new Session({ catalog, asker: first.asker, interactive: true, resume: draft }).run()).rejects.toMatchObject({ name: 'ExitPromptError' });
    const saved = readAnswersFile(draft, 'fr').draft;
    expect(saved.partial).toEqual({ id: 'stakes', value: stakes, typing: 'Trop de biodéchets' });

    const second = keyboard({ [`stakes[${stakes.length}]`]: [['\r']], 'actors.pick': [[CTRL_C]] });
    await expect(new Session({ catalog, asker: second.asker, interactive: true, resume: draft }).run()).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(second.asked[0]).toBe(`stakes[${stakes.length}]`); // straight back to the line being typed
    expect(second.screen()).toContain('On reprend à');
    expect(second.screen()).toContain('« Trop de biodéchets »');
    expect(readAnswersFile(draft, 'fr').draft.answers['stakes']).toEqual([...stakes, 'Trop de biodéchets']);
  });
});
