import type { CriteriaChildren } from '../model/criteria-tree.js';
import type { MessageKey, WordArgs } from '../wording/catalog.js';

type Path = (string | number)[];
interface Tools {
  readonly w: (key: MessageKey, args?: WordArgs) => string;
  readonly err: (code: string, message: string, path: Path, hint?: string) => void;
  /** "file:line:col" of a path, to name the other place of a duplicate. */
  readonly at: (path: Path) => string;
  readonly unknownCriterion: (id: string, path: Path) => void;
}

/**
 * criteria.children → each child's parent and where it is named. Every problem is reported, each at its line: a
 * child that is no criterion, is excluded, is its own parent, or sits in a cycle (a → b → a), and a child named
 * twice (under two parents, or twice under one), reported at both places so neither silently wins.
 */
export function checkChildren(children: CriteriaChildren, known: (id: string) => boolean, excluded: ReadonlySet<string>, t: Tools): Map<string, { parent: string; path: Path }> {
  const parentOf = new Map<string, { parent: string; path: Path }>();
  for (const [parent, kids] of Object.entries(children)) {
    // A parent that is no criterion at all is reported here, with the other problems; one that exists but is not
    // retained is reported once selection knows what it retains.
    if (!known(parent)) t.err('unknown-parent', t.w('select.tree-unknown-parent', { id: parent }), ['criteria', 'children', parent], t.w('select.tree-parent-hint'));
    kids.forEach((kid, i) => {
      const path: Path = ['criteria', 'children', parent, i];
      if (kid === parent) return t.err('tree-self', t.w('select.tree-self', { id: kid }), path);
      const first = parentOf.get(kid);
      if (first) {
        t.err('duplicate-child', t.w('select.duplicate-id', { id: kid }), first.path, t.w('select.duplicate-id.other', { at: t.at(path) }));
        t.err('duplicate-child', t.w('select.duplicate-id', { id: kid }), path, t.w('select.duplicate-id.other', { at: t.at(first.path) }));
        return;
      }
      if (!known(kid)) t.unknownCriterion(kid, path);
      else if (excluded.has(kid)) t.err('tree-child-excluded', t.w('select.tree-child-excluded', { id: kid }), path);
      parentOf.set(kid, { parent, path });
    });
  }
  // A cycle (a divided into b, b into a) has no root: report it once, at the first link met.
  const reported = new Set<string>();
  for (const start of Object.keys(children)) {
    const seen = new Set<string>([start]);
    for (let up = parentOf.get(start); up; up = parentOf.get(up.parent)) {
      if (up.parent === start) {
        const cycle = [...seen];
        if (!cycle.some((id) => reported.has(id))) {
          cycle.forEach((id) => reported.add(id));
          t.err('tree-cycle', t.w('select.tree-cycle', { ids: [...cycle, start].join(' → ') }), ['criteria', 'children', start]);
        }
        break;
      }
      if (seen.has(up.parent)) break;
      seen.add(up.parent);
    }
  }
  return parentOf;
}
