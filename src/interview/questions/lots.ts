import { z } from 'zod';
import type { LText } from '../../model/common.js';
import type { Indicator } from '../../model/spec.js';
import { plural, t } from '../../wording/catalog.js';
import { askNumber, askText, tr } from '../prompts.js';
import type { AskContext, QuestionDef } from '../types.js';
import { elementOf, fieldOf, specField } from '../validate.js';

/**
 * Lots (CCP L2113-10): dividing is the rule, a single lot needs concrete reasons that the RC prints (L2113-11).
 * One menu first — single lot (the default) or several lots; for several, their number, then for each its title, its
 * object and whether it shares the award grid and the indicators or has its own (a subset of the indicators, its own
 * weighting profile). Everything else a lot may set (value, CPV, own indicators, weights) stays in the YAML, and
 * `--edit` keeps it: a lot changed here keeps the fields the interview does not ask.
 */

type Lot = {
  number: number;
  title: string;
  object?: string;
  indicators?: string[];
  criteria?: Record<string, unknown>;
  [k: string]: unknown;
};
type Share = 'shared' | 'indicators' | 'profile' | 'both';

const LOT = elementOf(specField('tender.lots'));
const TITLE = fieldOf(LOT, 'title');
const OBJECT = fieldOf(LOT, 'object');

const M = {
  divided: { fr: 'La consultation est-elle divisée en lots ?', en: 'Is the consultation divided into lots?' },
  help: {
    fr: 'L’allotissement est la règle (CCP L2113-10) : un lot unique doit être motivé par des raisons concrètes (solution intégrée indivisible, coordination, coût), que le règlement de la consultation imprime.',
    en: 'Dividing into lots is the rule (CCP L2113-10): a single lot needs concrete reasons (an integrated solution that cannot be split, coordination, cost), printed in the instructions to tenderers.',
  },
  count: { fr: 'Nombre de lots', en: 'Number of lots' },
  title: { fr: 'Lot {{n}} — intitulé', en: 'Lot {{n}} — title' },
  object: { fr: 'Lot {{n}} — son objet, en une phrase', en: 'Lot {{n}} — its object, in one sentence' },
  share: { fr: 'Lot {{n}} — critères d’attribution et indicateurs', en: 'Lot {{n}} — award criteria and indicators' },
  shared: { fr: 'Les mêmes que les autres lots', en: 'The same as the other lots' },
  ownIndicators: { fr: 'Une partie seulement des indicateurs', en: 'Only some of the indicators' },
  ownProfile: { fr: 'Sa propre pondération des critères', en: 'Its own weighting of the criteria' },
  both: { fr: 'Ses indicateurs et sa pondération', en: 'Its own indicators and weighting' },
  indicators: { fr: 'Lot {{n}} — indicateurs sur lesquels il est jugé et payé', en: 'Lot {{n}} — indicators it is judged and paid on' },
  profile: { fr: 'Lot {{n}} — profil de pondération', en: 'Lot {{n}} — weighting profile' },
  change: { fr: 'Que modifier pour le lot {{n}} ?', en: 'What to change for lot {{n}}?' },
  reask: { fr: 'Son intitulé, son objet, ses critères et indicateurs', en: 'Its title, object, criteria and indicators' },
  remove: { fr: 'Retirer ce lot (les suivants sont renumérotés)', en: 'Remove this lot (the next ones are renumbered)' },
} satisfies Record<string, LText>;

const say = (x: LText, ctx: AskContext, n: number): string => tr(x, ctx.lang).replace('{{n}}', String(n));

const indicatorsOf = (ctx: Pick<AskContext, 'answers'>): Indicator[] => (Array.isArray(ctx.answers['usage_performance']) ? (ctx.answers['usage_performance'] as Indicator[]) : []);
const profileOf = (ctx: Pick<AskContext, 'answers'>): string => (typeof ctx.answers['criteria.profile'] === 'string' ? (ctx.answers['criteria.profile'] as string) : 'efc-50');

function shareOf(lot: Lot | undefined): Share {
  const own = lot?.indicators !== undefined;
  const profile = lot?.criteria?.['profile'] !== undefined;
  return own && profile ? 'both' : own ? 'indicators' : profile ? 'profile' : 'shared';
}

/** One lot: title, object (read at once by the text detectors), and what it does not share. Fields not asked are kept. */
async function askLot(ctx: AskContext, n: number, before: Lot | undefined): Promise<Lot> {
  const { asker, lang, catalog } = ctx;
  const title = (await askText(ctx, { key: `tender.lots[${n - 1}].title`, message: { fr: say(M.title, ctx, n), en: say(M.title, ctx, n) }, required: true, schema: TITLE, default: before?.title }))!;
  const object = await askText(ctx, { key: `tender.lots[${n - 1}].object`, message: { fr: say(M.object, ctx, n), en: say(M.object, ctx, n) }, required: false, schema: OBJECT, default: before?.object, check: 'tender.lots.object' });
  const share = await asker.select<Share>({
    key: `tender.lots[${n - 1}].share`,
    message: say(M.share, ctx, n),
    choices: [
      { value: 'shared', name: tr(M.shared, lang) },
      { value: 'indicators', name: tr(M.ownIndicators, lang) },
      { value: 'profile', name: tr(M.ownProfile, lang) },
      { value: 'both', name: tr(M.both, lang) },
    ],
    default: shareOf(before),
  });
  const lot: Lot = { ...(before ?? {}), number: n, title };
  if (object) lot.object = object;
  else delete lot.object;
  const all = indicatorsOf(ctx);
  if ((share === 'indicators' || share === 'both') && all.length) {
    for (;;) {
      const ids = await asker.checkbox<string>({
        key: `tender.lots[${n - 1}].indicators`,
        message: say(M.indicators, ctx, n),
        choices: all.map((i) => ({ value: i.id, name: `${i.label} (${i.unit})`, checked: before?.indicators ? before.indicators.includes(i.id) : true })),
      });
      if (ids.length) {
        lot.indicators = ids;
        break;
      }
      asker.say(t(lang, 'interview.lots.noIndicator'));
    }
  } else {
    delete lot.indicators;
  }
  const criteria = { ...(before?.criteria ?? {}) };
  if (share === 'profile' || share === 'both') {
    criteria['profile'] = await asker.select<string>({
      key: `tender.lots[${n - 1}].profile`,
      message: say(M.profile, ctx, n),
      choices: [...catalog.profiles.values()].map((p) => ({ value: p.id, name: p.label[lang] })),
      default: typeof before?.criteria?.['profile'] === 'string' ? (before.criteria['profile'] as string) : profileOf(ctx),
    });
  } else {
    delete criteria['profile'];
  }
  if (Object.keys(criteria).length) lot.criteria = criteria;
  else delete lot.criteria;
  return lot;
}

/** Lot n of the answer, as the review screen lists it. */
function lotLine(lot: Lot, lang: 'fr' | 'en'): string {
  const parts = [lot.indicators ? plural(lang, 'interview.review.lotOwnIndicators', lot.indicators.length) : '', lot.criteria?.['profile'] ? t(lang, 'interview.review.lotOwnProfile') : ''].filter(Boolean);
  return t(lang, 'interview.review.lot', { n: lot.number, title: lot.title, shared: parts.length ? parts.join(', ') : t(lang, 'interview.review.lotShared') });
}

export const lotsQuestion: QuestionDef = {
  id: 'tender.lots',
  stage: 4,
  section: { fr: 'Les lots', en: 'Lots' },
  label: { fr: 'Lots', en: 'Lots' },
  // No single lot, and only the indicators the spec has: what checkLots would refuse is refused here, at once.
  schema: ({ answers }) =>
    z
      .array(LOT)
      .refine((lots) => lots.length !== 1, 'lots: at least two, or none')
      .refine((lots) => {
        const ids = new Set(indicatorsOf({ answers }).map((i) => i.id));
        return (lots as Lot[]).every((l) => (l.indicators ?? []).every((id) => ids.has(id)));
      }, 'a lot names an indicator the spec no longer has'),
  show: (v, { lang }) => (Array.isArray(v) && v.length ? String(v.length) : t(lang, 'interview.lots.single')),
  items: (v, { lang }) => (Array.isArray(v) ? (v as Lot[]).map((l) => lotLine(l, lang).trim()) : []),
  editItem: async (ctx, v, index) => {
    const lots = [...(v as Lot[])];
    const action = await ctx.asker.select<'reask' | 'remove'>({
      key: 'lot.action',
      message: say(M.change, ctx, lots[index]!.number),
      choices: [{ value: 'reask', name: tr(M.reask, ctx.lang) }, ...(lots.length > 2 ? [{ value: 'remove' as const, name: tr(M.remove, ctx.lang) }] : [])],
      default: 'reask',
    });
    if (action === 'remove') {
      lots.splice(index, 1);
      return lots.map((l, i) => ({ ...l, number: i + 1 }));
    }
    lots[index] = await askLot(ctx, lots[index]!.number, lots[index]);
    return lots;
  },
  ask: async (ctx) => {
    const { asker, lang } = ctx;
    const previous = Array.isArray(ctx.previous) ? (ctx.previous as Lot[]) : [];
    const divided = await asker.select<'single' | 'divided'>({
      key: 'tender.lots.divided',
      message: tr(M.divided, lang),
      help: tr(M.help, lang),
      choices: [
        { value: 'single', name: t(lang, 'interview.lots.single') },
        { value: 'divided', name: t(lang, 'interview.lots.divided') },
      ],
      default: previous.length ? 'divided' : 'single',
    });
    if (divided === 'single') return [];
    const count = (await askNumber(ctx, {
      key: 'tender.lots.count',
      message: M.count,
      required: true,
      schema: z.number().int().min(2).max(30),
      default: Math.max(2, previous.length),
    }))!;
    const lots: Lot[] = ctx.resumed ? previous.slice(0, count) : [];
    for (let n = lots.length + 1; n <= count; n++) {
      lots.push(await askLot(ctx, n, previous[n - 1]));
      ctx.progress([...lots]);
    }
    return lots;
  },
};
