import { describe, expect, it } from 'vitest';
import type { DocumentModel } from './document.js';
import { typeset, typesetTexts } from './typography.js';

const NB = '\u00a0'; // before : and inside « »
const NN = '\u202f'; // before ; ! ?
/** Write the expected texts readably: `~` is a no-break space, `^` a narrow one. */
const spaces = (s: string): string => s.replace(/~/g, NB).replace(/\^/g, NN);

describe('French typography', () => {
  it.each([
    ['Pouvoir adjudicateur : Sicoval', 'Pouvoir adjudicateur~: Sicoval'],
    ['Pouvoir adjudicateur: Sicoval', 'Pouvoir adjudicateur~: Sicoval'],
    ['les cibles ; la méthode', 'les cibles^; la méthode'],
    ['les cibles; la méthode', 'les cibles^; la méthode'],
    ['Pourquoi ? Parce que !', 'Pourquoi^? Parce que^!'],
    ['Pourquoi? Vraiment!', 'Pourquoi^? Vraiment^!'],
    ['Quoi ?!', 'Quoi^?!'],
    ['la fonction « gérer les déchets »', 'la fonction «~gérer les déchets~»'],
    ['la fonction «gérer les déchets»', 'la fonction «~gérer les déchets~»'],
    ['« Zéro déchet », dit-il', '«~Zéro déchet~», dit-il'],
    ['(voir l’annexe) : détail', '(voir l’annexe)~: détail'],
    ['article 3: texte', 'article 3~: texte'],
    ['fin de phrase :', 'fin de phrase~:'],
    ['une part fixe de 80 % et de 20%.', 'une part fixe de 80^% et de 20^%.'],
    ['le code %20 reste', 'le code %20 reste'],
    // not prose: left alone
    ['réunion à 10:30', 'réunion à 10:30'],
    ['voir https://example.org/a?b=1', 'voir https://example.org/a?b=1'],
    ['rapport 1:2', 'rapport 1:2'],
    ['::table nope', '::table nope'],
    ['<w:p>', '<w:p>'],
    ['&amp; et &#39; restent', '&amp; et &#39; restent'],
    ['{{x}}', '{{x}}'],
    ['a ::table nope', 'a ::table nope'],
    ['N = Nmax × Pmin / P', 'N = Nmax × Pmin / P'],
    // a number typed with ordinary spaces between its groups does not break across lines
    ['un échantillon de 1 000 foyers', 'un échantillon de 1^000 foyers'],
    ['28 000 000 € HT', '28^000^000 € HT'],
    ['en 2025 100 ménages', 'en 2025 100 ménages'],
    ['les lignes A1 000 et 12 3456', 'les lignes A1 000 et 12 3456'],
    ['1 000,50 €', '1^000,50 €'],
    // already right, or the wrong no-break space: made right
    [`déjà${NB}: bon`, `déjà${NB}: bon`],
    [`mauvais${NN}: espace`, `mauvais${NB}: espace`],
    [`mauvais${NB}; espace`, `mauvais${NN}; espace`],
  ])('%j → %j', (input, expected) => {
    expect(typesetTexts([input], 'fr')).toEqual([spaces(expected)]);
    // typesetting twice changes nothing more
    expect(typesetTexts(typesetTexts([input], 'fr'), 'fr')).toEqual([spaces(expected)]);
  });

  it('reads the runs of a paragraph as one text and keeps each run its own characters', () => {
    expect(typesetTexts(['Question posée ', ': laquelle ?'], 'fr')).toEqual(['Question posée~'.replace('~', NB), `: laquelle${NN}?`]);
    expect(typesetTexts(['Question posée', ': x'], 'fr')).toEqual(['Question posée', `${NB}: x`]);
    expect(typesetTexts(['«', 'Zéro', '»'], 'fr')).toEqual([`«${NB}`, 'Zéro', `${NB}»`]);
  });
});

describe('English typography', () => {
  it.each([
    ['Contracting authority : Sicoval', 'Contracting authority: Sicoval'],
    [`Contracting authority${NB}: Sicoval`, 'Contracting authority: Sicoval'],
    ['the targets ; the method', 'the targets; the method'],
    ['Why ? Because !', 'Why? Because!'],
    ['a fixed part of 85 % and 15%.', 'a fixed part of 85% and 15%.'],
    ['Contracting authority: Sicoval', 'Contracting authority: Sicoval'],
    ['meeting at 10:30', 'meeting at 10:30'],
    ['see https://example.org/a?b=1', 'see https://example.org/a?b=1'],
    ['::table nope', '::table nope'],
    [' : starts with a mark', ' : starts with a mark'],
  ])('%j → %j', (input, expected) => {
    expect(typesetTexts([input], 'en')).toEqual([expected]);
  });
});

describe('typeset(model)', () => {
  const model = (lang: 'fr' | 'en'): DocumentModel => ({
    meta: { title: 'Titre : x', subject: 's', creator: 'c', date: '2026-12-01', lang },
    labels: { page: 'Page', of: 'sur', tocHint: 'Mettre à jour : F9' },
    sections: [
      {
        orientation: 'portrait',
        header: 'Acheteur : réf',
        blocks: [
          { type: 'toc', title: 'Sommaire : tout' },
          { type: 'heading', level: 1, text: 'Objet : la performance', numbered: true },
          { type: 'paragraph', runs: ['Mécanisme : ', { text: 'bonus', bold: true }, ' ; fin'] },
          { type: 'list', ordered: false, items: [['Durée : 72 mois']] },
          {
            type: 'table',
            columns: [{ header: 'Unité : kg', width: 1 }],
            rows: [['Cible : 476'], [{ runs: ['Source : pesées'], more: [['Fréquence : mensuelle']] }]],
            footer: ['Total : 100'],
            caption: 'Note : x',
          },
          { type: 'pageBreak' },
        ],
      },
    ],
  });
  const texts = (m: DocumentModel): string[] => {
    const out: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') out.push(x);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(m.sections);
    walk(m.labels.tocHint);
    return out.filter((s) => s.includes(':') || s.includes(';'));
  };

  it('French: every heading, run, list item, cell, header and caption', () => {
    const out = typeset(model('fr'));
    const all = texts(out);
    expect(all.length).toBe(13);
    for (const s of all) {
      expect(s, s).toMatch(/\u00a0:|\u202f;/u);
      expect(s, s).not.toMatch(/[^\u00a0]:|[^\u202f];/u);
    }
    expect(out.meta.title).toBe('Titre : x'); // document properties are not typeset
  });

  it('English: no space before the marks anywhere', () => {
    const all = texts(typeset(model('en')));
    expect(all.length).toBe(13);
    for (const s of all) expect(s, s).not.toMatch(/[\s\u00a0\u202f][:;]/u);
  });

  it('is pure: the input model is not changed', () => {
    const m = model('fr');
    const before = JSON.stringify(m);
    typeset(m);
    expect(JSON.stringify(m)).toBe(before);
  });
});
