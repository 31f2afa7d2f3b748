import { describe, expect, it } from 'vitest';
import { buyerKind, buyerName } from './buyer-name.js';

describe('a buyer’s name in a French sentence', () => {
  it.each([
    // name, the, of, by, to
    ['Communauté de communes du Val d’Ardière', 'la Communauté de communes du Val d’Ardière', 'de la Communauté de communes du Val d’Ardière', 'par la Communauté de communes du Val d’Ardière', 'à la Communauté de communes du Val d’Ardière'],
    ['Syndicat mixte des transports', 'le Syndicat mixte des transports', 'du Syndicat mixte des transports', 'par le Syndicat mixte des transports', 'au Syndicat mixte des transports'],
    ['Agglomération du Grand Montauban', "l'Agglomération du Grand Montauban", "de l'Agglomération du Grand Montauban", "par l'Agglomération du Grand Montauban", "à l'Agglomération du Grand Montauban"],
    ['Établissement public territorial Est Ensemble', "l'Établissement public territorial Est Ensemble", "de l'Établissement public territorial Est Ensemble", "par l'Établissement public territorial Est Ensemble", "à l'Établissement public territorial Est Ensemble"],
    ['Ville de Belrieu', 'la Ville de Belrieu', 'de la Ville de Belrieu', 'par la Ville de Belrieu', 'à la Ville de Belrieu'],
    ['Département de la Haute-Garonne', 'le Département de la Haute-Garonne', 'du Département de la Haute-Garonne', 'par le Département de la Haute-Garonne', 'au Département de la Haute-Garonne'],
    ['SICTOM du Pays de Caux', 'le SICTOM du Pays de Caux', 'du SICTOM du Pays de Caux', 'par le SICTOM du Pays de Caux', 'au SICTOM du Pays de Caux'],
    ['Hôpital de Lavaur', "l'Hôpital de Lavaur", "de l'Hôpital de Lavaur", "par l'Hôpital de Lavaur", "à l'Hôpital de Lavaur"],
    // proper names: no article
    ['Toulouse Métropole', 'Toulouse Métropole', 'de Toulouse Métropole', 'par Toulouse Métropole', 'à Toulouse Métropole'],
    ['Annecy', 'Annecy', "d'Annecy", 'par Annecy', 'à Annecy'],
    ['Haute-Garonne Numérique', 'Haute-Garonne Numérique', 'de Haute-Garonne Numérique', 'par Haute-Garonne Numérique', 'à Haute-Garonne Numérique'],
    // a name with its own article contracts it
    ['Le Mans Métropole', 'Le Mans Métropole', 'du Mans Métropole', 'par Le Mans Métropole', 'au Mans Métropole'],
    ['Les Sables-d’Olonne Agglomération', 'Les Sables-d’Olonne Agglomération', 'des Sables-d’Olonne Agglomération', 'par Les Sables-d’Olonne Agglomération', 'aux Sables-d’Olonne Agglomération'],
  ])('%s', (name, the, of, by, to) => {
    const n = buyerName(name, 'fr');
    expect(n).toEqual({ the, The: the.charAt(0).toUpperCase() + the.slice(1), of, by, to });
  });

  it('English puts "the" where French puts an article', () => {
    expect(buyerName('Communauté de communes du Val', 'en')).toMatchObject({ the: 'the Communauté de communes du Val', The: 'The Communauté de communes du Val', by: 'by the Communauté de communes du Val' });
    expect(buyerName('Toulouse Métropole', 'en')).toMatchObject({ the: 'Toulouse Métropole', by: 'by Toulouse Métropole' });
  });
});

describe('the buyer’s kind, without repeating its name', () => {
  it.each([
    ["Communauté d'agglomération du Sicoval", "Communauté d'agglomération (établissement public de coopération intercommunale)", 'établissement public de coopération intercommunale'],
    ["Communauté de communes du Val d'Ardière", 'Communauté de communes, autorité organisatrice de la mobilité', 'autorité organisatrice de la mobilité'],
    ['Communauté de communes du Val', "Communauté de communes", undefined],
    ['Ville de Belrieu', 'Commune', 'commune'],
    ['Syndicat mixte Decoset', 'EPCI', 'EPCI'],
    ['Ville de Belrieu', undefined, undefined],
    ["Communauté d’agglomération du Sicoval", "Communauté d'agglomération (EPCI)", 'EPCI'],
  ])('%s + %s → %s', (name, kind, expected) => {
    expect(buyerKind(name, kind)).toBe(expected);
  });
});
