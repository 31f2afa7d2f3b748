import { z } from 'zod';
import { ActorSchema, type Actor } from '../../model/spec.js';
import type { LText } from '../../model/common.js';
import { ADD_MORE, askText, END_OF_LIST, tr } from '../prompts.js';
import type { AskContext, QuestionDef } from '../types.js';
import { proposalsFor } from './proposals.js';
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
  pick: { fr: 'Acteurs souvent associés à cette fonction : décochez ceux qui ne valent pas chez vous', en: 'Actors often involved in this function: untick those that do not apply' },
  more: { fr: '✎ Ajouter un autre acteur', en: '✎ Add another actor' },
  change: { fr: 'Que modifier pour « {{name}} » ?', en: 'What to change for “{{name}}”?' },
  nameField: { fr: 'Son nom', en: 'Its name' },
  remove: { fr: 'Retirer cet acteur', en: 'Remove this actor' },
} satisfies Record<string, LText>;

const statusName = (st: Actor['status'], lang: AskContext['lang']): string => tr(st === 'engaged' ? M.engaged : M.toAssociate, lang);

async function askKind(ctx: AskContext, key: string, d?: Kind): Promise<Kind> {
  return ctx.asker.select<Kind>({ key, message: tr(M.kind, ctx.lang), choices: (Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, name: KINDS[k][ctx.lang] })), default: d ?? 'collectivite' });
}

async function askStatus(ctx: AskContext, key: string, d?: Actor['status']): Promise<Actor['status']> {
  return ctx.asker.select<Actor['status']>({
    key,
    message: tr(M.status, ctx.lang),
    choices: [
      { value: 'engaged', name: tr(M.engaged, ctx.lang) },
      { value: 'to-associate', name: tr(M.toAssociate, ctx.lang) },
    ],
    default: d ?? 'to-associate',
  });
}

type Field = 'name' | 'kind' | 'status' | 'role' | 'remove';

/** Change one field of one actor from the review screen. */
async function editActor(ctx: AskContext, list: readonly Actor[], index: number): Promise<Actor[]> {
  const a = list[index]!;
  const names: Record<Field, LText> = { name: M.nameField, kind: M.kind, status: M.status, role: M.role, remove: M.remove };
  const field = await ctx.asker.select<Field>({
    key: 'actor.field',
    message: tr(M.change, ctx.lang).replace('{{name}}', a.name),
    choices: (Object.keys(names) as Field[]).map((k) => ({ value: k, name: tr(names[k], ctx.lang) })),
    default: 'role',
  });
  const out = [...list];
  const key = `actors[${index}].${field}`;
  if (field === 'remove') out.splice(index, 1);
  else if (field === 'kind') out[index] = { ...a, kind: await askKind(ctx, key, a.kind) };
  else if (field === 'status') out[index] = { ...a, status: await askStatus(ctx, key, a.status) };
  else {
    const v = await askText(ctx, { key, message: field === 'name' ? M.nameField : M.role, required: field === 'name', schema: fieldOf(ActorSchema, field), default: a[field] });
    const next: Actor = { ...a, [field]: v };
    if (v === undefined) delete next.role;
    out[index] = next;
  }
  return out;
}

export const actorsQuestion: QuestionDef = {
  id: 'actors',
  stage: 1,
  label: { fr: 'Acteur', en: 'Actor' },
  schema: () => z.array(ActorSchema),
  items: (v, { lang }) => (Array.isArray(v) ? (v as Actor[]).map((a) => `${a.name} (${KINDS[a.kind][lang].split(' (')[0]}, ${statusName(a.status, lang).toLowerCase()})`) : []),
  editItem: (ctx, v, i) => editActor(ctx, v as Actor[], i),
  ask: async (ctx) => {
    const { asker, lang } = ctx;
    const hasPrevious = Array.isArray(ctx.previous);
    const previous = hasPrevious ? (ctx.previous as Actor[]) : [];
    asker.say(tr(M.help, lang));
    const proposed: Actor[] = (proposalsFor(ctx.answers['life_function'])?.actors ?? []).map((a) => ({ ...a, role: a.role[lang] }));
    const offered = [...proposed.filter((p) => !previous.some((x) => x.name === p.name)), ...previous];
    let actors: Actor[] = [];
    if (ctx.resumed) {
      // Interrupted while adding actors: those finished are kept, the buyer carries on with the next one.
      actors = [...previous];
    } else if (offered.length) {
      // Proposed actors come ticked, with their usual kind, status and role: all can be changed from the review screen.
      const picked = await asker.checkbox<string>({
        key: 'actors.pick',
        message: tr(M.pick, lang),
        choices: [
          ...offered.map((a) => ({ value: a.name, name: a.name, description: a.role, checked: hasPrevious ? previous.some((x) => x.name === a.name) : true })),
          { value: ADD_MORE, name: tr(M.more, lang) },
        ],
      });
      actors = offered.filter((a) => picked.includes(a.name));
      ctx.progress([...actors]);
      if (!picked.includes(ADD_MORE)) return actors;
    }
    for (;;) {
      const i = actors.length;
      const name = await askText(ctx, { key: `actors[${i}].name`, message: i ? M.next : M.name, required: false, suffix: END_OF_LIST, schema: fieldOf(ActorSchema, 'name'), default: ctx.typing && i === 0 ? ctx.typing : undefined });
      if (!name) return actors;
      const kind = await askKind(ctx, `actors[${i}].kind`);
      const status = await askStatus(ctx, `actors[${i}].status`);
      const role = await askText(ctx, { key: `actors[${i}].role`, message: M.role, required: false, schema: fieldOf(ActorSchema, 'role') });
      actors.push(role ? { name, kind, status, role } : { name, kind, status });
      ctx.progress([...actors]);
    }
  },
};
