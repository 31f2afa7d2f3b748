import type { Catalog } from '../load/catalog.js';
import type { LoadedSpec } from '../load/spec.js';
import type { Lang, LText } from '../model/common.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { Grid, SourcePos } from '../model/grid.js';

/** What every rule sees: the validated spec (with positions), the catalog, and the grid when selection succeeded. */
export interface LintContext {
  readonly loaded: LoadedSpec;
  readonly catalog: Catalog;
  /** Absent when selection failed: rules that need weights then stay silent (selection already reported why). */
  readonly grid?: Grid;
  /** Set when the rules read one lot's own criteria (lint-lots.ts): the spec's other texts are linted once, at spec level. */
  readonly lot?: number;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/** A rule's description, as eslint's `meta`: the wording lives here, the logic in `check`. */
export interface RuleMeta {
  /** "legal/…" rules protect the award from annulment; "efc/…" rules keep the tender buying effects, not means. */
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Anchor of the rule's section in README.md. */
  readonly docs: string;
  /** Message templates with {{placeholders}}, in both languages (the annex of a French spec is in French). */
  readonly messages: Readonly<Record<string, LText>>;
}

export interface Report {
  readonly messageId: string;
  readonly args?: MessageArgs;
  /** YAML path in the spec; located with the spec's positions. */
  readonly path?: readonly (string | number)[];
  /** Explicit position, when the node is not in the spec (or to refine the path's position). */
  readonly pos?: SourcePos;
  /** Only for rules whose severity depends on the data (e.g. a date in the law). */
  readonly severity?: Severity;
  readonly hint?: LText;
}

export interface RuleContext extends LintContext {
  readonly report: (r: Report) => void;
}

export interface Rule {
  readonly meta: RuleMeta;
  readonly check: (ctx: RuleContext) => void;
}

/** A finding is a Diagnostic (code = rule id) that keeps its message id and arguments, so it can be re-worded in French. */
export interface LintFinding extends Diagnostic {
  readonly rule: string;
  readonly messageId: string;
  readonly args: MessageArgs;
  readonly docs?: string;
  readonly hintText?: LText;
  /** The lot whose own criteria the finding is about; its message starts with "lot N". */
  readonly lot?: number;
}

/** One row of the lint annex of the tender document. */
export interface AnnexRow {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: string;
}

export type { Lang };
