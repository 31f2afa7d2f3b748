import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Criterion } from '../model/criterion.js';
import { LibrarySchema } from '../model/criterion.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError, isSystemError, toInputError } from '../model/errors.js';
import { FunctionsFileSchema, type LifeFunction } from '../model/functions.js';
import type { SourcePos } from '../model/grid.js';
import { ProfileSchema, type Profile } from '../model/profile.js';
import type { LText } from '../model/common.js';
import { BUNDLED_CRITERIA_DIR } from './paths.js';
import { validate } from './validate.js';
import { readYamlFile } from './yaml.js';
import { diagText } from '../wording/diagnostic.js';
import { getTerminalLang } from '../wording/lang.js';
import { loadMessage } from './messages.js';

export interface LoadedCriterion {
  readonly criterion: Criterion;
  readonly library: string;
  readonly source: SourcePos;
}

export interface Library {
  readonly id: string;
  readonly title: LText;
  readonly file: string;
  readonly criteria: readonly LoadedCriterion[];
}

/** Everything the criteria folders hold: libraries, weighting profiles and life functions. */
export interface Catalog {
  readonly libraries: ReadonlyMap<string, Library>;
  readonly profiles: ReadonlyMap<string, Profile & { readonly file: string }>;
  readonly functions: ReadonlyMap<string, LifeFunction>;
  /** Every criterion of every library, by id. */
  readonly criteria: ReadonlyMap<string, LoadedCriterion>;
}

/** The YAML files directly in a folder, sorted; none when it does not exist (profiles/ is optional). */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch (err) {
    throw toInputError(err, { file: dir, action: 'read' }) ?? err; // e.g. a file named profiles, or no permission
  }
}

function folderProblem(dir: string): Diagnostic | undefined {
  const args = { option: '--criteria', file: dir };
  try {
    if (statSync(dir).isDirectory()) return undefined;
    return { code: 'not-a-folder', severity: 'error', file: dir, ...diagText('not-a-folder', args, getTerminalLang()), args };
  } catch (err) {
    if (isSystemError(err) && err.code === 'ENOENT') return { code: 'folder-not-found', severity: 'error', file: dir, ...diagText('folder-not-found', args, getTerminalLang()), args };
    const input = toInputError(err, { file: dir, action: 'read' });
    if (input) return input.diagnostics[0];
    throw err;
  }
}

/**
 * Load the bundled criteria folder plus any extra folders (later folders may add libraries and profiles,
 * never silently replace one: a duplicate id is an error). All problems of all files are reported together.
 */
export function loadCatalog(extraDirs: readonly string[] = []): Catalog {
  const dirs = [BUNDLED_CRITERIA_DIR, ...extraDirs];
  const problems: Diagnostic[] = [];
  const libraries = new Map<string, Library>();
  const profiles = new Map<string, Profile & { file: string }>();
  const functions = new Map<string, LifeFunction>();
  const criteria = new Map<string, LoadedCriterion>();

  const attempt = (fn: () => void): void => {
    try {
      fn();
    } catch (err) {
      if (err instanceof InputError) problems.push(...err.diagnostics);
      else throw err;
    }
  };

  // A folder the user named must exist: a typo in --criteria must not silently drop their criteria.
  for (const dir of extraDirs) {
    const bad = folderProblem(dir);
    if (bad) problems.push(bad);
  }
  if (problems.length) throw new InputError(problems);

  for (const dir of dirs) {
    let files: string[] = [];
    attempt(() => (files = yamlFiles(dir)));
    for (const file of files) {
      attempt(() => {
        const src = readYamlFile(file, 'library');
        if (basename(file).replace(/\.ya?ml$/, '') === 'functions') {
          for (const fn of validate(FunctionsFileSchema, src, 'functions').functions) functions.set(fn.id, fn);
          return;
        }
        const lib = validate(LibrarySchema, src, 'library');
        if (libraries.has(lib.library)) {
          problems.push({ code: 'library-duplicate', severity: 'error', message: loadMessage('library-duplicate', { library: lib.library, other: libraries.get(lib.library)!.file }), ...src.positionOf(['library']) });
          return;
        }
        const loaded = lib.criteria.map((criterion, i) => ({ criterion, library: lib.library, source: src.positionOf(['criteria', i, 'id']) }));
        for (const lc of loaded) {
          const other = criteria.get(lc.criterion.id);
          if (other) {
            problems.push({ code: 'criterion-duplicate', severity: 'error', message: loadMessage('criterion-duplicate', { id: lc.criterion.id, library: other.library, at: `${other.source.file}:${other.source.line}` }), ...lc.source });
          } else criteria.set(lc.criterion.id, lc);
        }
        libraries.set(lib.library, { id: lib.library, title: lib.title, file, criteria: loaded });
      });
    }
    let profileFiles: string[] = [];
    attempt(() => (profileFiles = yamlFiles(join(dir, 'profiles'))));
    for (const file of profileFiles) {
      attempt(() => {
        const src = readYamlFile(file, 'library');
        const profile = validate(ProfileSchema, src, 'profile');
        if (profiles.has(profile.id)) {
          problems.push({ code: 'profile-duplicate', severity: 'error', message: loadMessage('profile-duplicate', { id: profile.id }), ...src.positionOf(['id']) });
        } else profiles.set(profile.id, { ...profile, file });
      });
    }
  }
  if (problems.length) throw new InputError(problems);
  return { libraries, profiles, functions, criteria };
}
