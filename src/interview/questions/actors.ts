import { z } from 'zod';
import { ActorSchema, type Actor } from '../../model/spec.js';
import type { LText } from '../../model/common.js';
import { askText, END_OF_LIST, tr } from '../prompts.js';
import type { QuestionDef } from '../types.js';
import { fieldOf } from '../validate.js';

/** The actors already engaged or to associate: the seed of the territorial cooperative ecosystem. */

type Kind = Actor['kind'];
const KINDS: Record<Kind, LText> = {
  collectivite: { fr: 'Collectivité (commune, département, région…)', en: 'Local authority' },
  institution: { fr: 'Institution (État, France Travail, ADEME…)', en: 'Public institution' },
  entreprise: { fr: 'Entreprise', en: 'Company' },
  ess: { fr: "Structure de l'économie sociale et solidaire", en: 'Social and solidarity economy organisation' },
  association: { fr: 'Association', en: 'Association' },
  habitants: { fr: 'Habitants', en: 'Inhabitants' },
  usagers: { fr: 'Usagers du service', en: 'Service users' },
  recherche: { fr: 'Recherche, évaluation', en: 'Research, evaluation' },
};

const M = {
  help: {
    fr: 'Les acteurs prêts à s’engager sur cet enjeu : ceux qui agissent déjà, et ceux qu’il faudrait associer (employeurs, bailleurs, associations, habitants…). Une solution intégrée se construit avec eux.',
    en: 'The actors ready to engage on this stake: those already acting, and those to associate (employers, landlords, associations, inhabitants…). An integrated solution is built with them.',
  },
  name: { fr: 'Nom d’un acteur du territoire', en: 'Name of an actor of the territory' },
  next: { fr: 'Acteur suivant', en: 'Next actor' },
  kind: { fr: 'Quel type d’acteur ?', en: 'What kind of actor?' },
  status: { fr: 'Est-il déjà engagé ?', en: 'Is it already engaged?' },
  engaged: { fr: 'Déjà engagé dans la démarche', en: 'Already engaged' },
  toAssociate: { fr: 'À associer', en: 'To associate' },
  role: { fr: 'Son rôle attendu', en: 'Its expected role' },
} satisfies Record<string, LText>;

export const actorsQuestion: QuestionDef = {
  id: 'actors',
  stage: 1,
  schema: () => z.array(ActorSchema),
  ask: async (ctx) => {
    const { asker, lang } = ctx;
    const previous = Array.isArray(ctx.previous) ? (ctx.previous as Actor[]) : [];
    asker.say(tr(M.help, lang));
    const actors: Actor[] = [];
    for (;;) {
      const i = actors.length;
      const before = previous[i];
      const name = await askText(ctx, {
        key: `actors[${i}].name`,
        message: i ? M.next : M.name,
        required: false,
        suffix: END_OF_LIST,
        schema: fieldOf(ActorSchema, 'name'),
        default: before?.name,
      });
      if (!name) return actors;
      const kind = await asker.select<Kind>({
        key: `actors[${i}].kind`,
        message: tr(M.kind, lang),
        choices: (Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, name: KINDS[k][lang] })),
        default: before?.kind ?? 'collectivite',
      });
      const status = await asker.select<Actor['status']>({
        key: `actors[${i}].status`,
        message: tr(M.status, lang),
        choices: [
          { value: 'engaged', name: tr(M.engaged, lang) },
          { value: 'to-associate', name: tr(M.toAssociate, lang) },
        ],
        default: before?.status ?? 'to-associate',
      });
      const role = await askText(ctx, { key: `actors[${i}].role`, message: M.role, required: false, schema: fieldOf(ActorSchema, 'role'), default: before?.role });
      actors.push(role ? { name, kind, status, role } : { name, kind, status });
      ctx.progress([...actors]);
    }
  },
};
