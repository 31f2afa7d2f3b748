import type { Group, Profile } from '../model/profile.js';
import type { LintContext } from './types.js';

export interface EffectiveGroup {
  readonly group: Group;
  /** The group's points after the spec's overrides (criteria.weights.<group>). */
  readonly weight: number;
}

/**
 * The award criteria as the spec announces them, computed from the profile and the spec alone, so weight rules
 * still work when selection failed (e.g. because the weights do not sum to 100).
 */
export function effectiveGroups(ctx: LintContext): { profile: Profile; groups: EffectiveGroup[] } | undefined {
  const { spec } = ctx.loaded;
  const profile = ctx.catalog.profiles.get(spec.criteria.profile);
  if (!profile) return undefined;
  return { profile, groups: profile.groups.map((group) => ({ group, weight: spec.criteria.weights[group.id] ?? group.weight })) };
}

/** Weights are announced to 0.01 (src/select): the rules print and compare them at that precision. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;
