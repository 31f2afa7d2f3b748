import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { documentXml } from './helpers/ooxml.js';


describe('generate: templates and language', () => {
  it('--templates DIR overrides one section and one label, the rest stays bundled', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl', 'fr', 'spec'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'fr', 'spec', '04-solution.hbs'), '# Notre solution sur mesure\n\nTexte propre au territoire de {{territory.name}}.\n');
    writeFileSync(join(dir, 'tpl', 'fr', 'labels.yaml'), 'total: Total général\n');
    const out = join(dir, 'out');
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--templates', join(dir, 'tpl'), '--layout', 'spec']).code).toBe(0);
    const xml = documentXml(join(out, 'sicoval-waste-spec.docx'));
    expect(xml).toContain('4. Notre solution sur mesure');
    expect(xml).toContain('Texte propre au territoire de Sicoval.');
    expect(xml).not.toContain('Périmètre de la solution intégrée');
    expect(xml).toContain('Total général');
    expect(xml).toContain('Critères d&apos;attribution et pondération');
  });

  it('reports a broken template as an input error naming the file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl', 'fr', 'spec'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'fr', 'spec', '03-effects.hbs'), '# Effets\n{{#each fields}}\n');
    const r = runCli(['generate', 'examples/sicoval-waste.yaml', '-o', join(dir, 'out'), '--templates', join(dir, 'tpl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('03-effects.hbs:3:1');
    expect(r.stderr).toContain('[template-syntax]');
  });

  it('--lang en writes the specification in English', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/sicoval-waste.yaml', '-o', out, '--lang', 'en', '--layout', 'spec']).code).toBe(0);
    const xml = documentXml(join(out, 'sicoval-waste-spec.docx'));
    expect(xml).toContain('Award criteria and weighting');
    expect(xml).toContain('Usage performance indicators');
    expect(xml).not.toContain('Critères d&apos;attribution');
  });
});
