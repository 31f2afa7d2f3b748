import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { SpecSchema, type Spec } from '../model/spec.js';
import { parseYamlText, readYamlFile, type YamlSource } from './yaml.js';
import { validate } from './validate.js';
import { checkLots } from '../model/lots.js';
import { checkPseLots } from '../model/pse.js';
import { InputError } from '../model/errors.js';

/** A validated spec with the means to locate any of its values in its YAML file. */
export interface LoadedSpec {
  readonly spec: Spec;
  readonly source: YamlSource;
  /** File name without extension: the stem of the output files. */
  readonly name: string;
  /** Infos about how the file was read (an encoding other than UTF-8, CR line ends), for lint to show. */
  readonly notes: readonly Diagnostic[];
}

export function loadSpec(file: string): LoadedSpec {
  return fromSource(readYamlFile(file));
}

export function loadSpecText(text: string, file = '<spec>'): LoadedSpec {
  return fromSource(parseYamlText(text, file));
}

function fromSource(source: YamlSource): LoadedSpec {
  const spec = validate(SpecSchema, source, 'spec');
  // Lots refer to each other and to the spec's indicators: checked as soon as the spec is read, by every command.
  const lotProblems = [...checkLots(spec, source.positionOf), ...checkPseLots(spec, source.positionOf)];
  if (lotProblems.length) throw new InputError(lotProblems);
  const base = source.file.split(/[\\/]/).pop() ?? 'spec';
  return { spec, source, name: base.replace(/\.ya?ml$/i, ''), notes: source.notes };
}

const PEEK_BYTES = 16 * 1024;
const LANGUAGE_LINE = /^language:[ \t]*(["']?)(fr|en)\1[ \t]*(?:#.*)?$/m;

/**
 * The language a spec declares on its top-level `language:` line, read from the head of the file without loading it
 * (generate chooses its terminal language before the specs are loaded, in workers). Undefined when the file cannot be
 * read or the line is not in its first 16 KB: the caller then falls back to the locale. The spec's real language is
 * still the validated one; this only chooses the words of the terminal.
 */
export function peekSpecLanguage(file: string): Lang | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking, and regular files only: a FIFO given as a spec must not hang the run before its error is said.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(PEEK_BYTES);
    const n = readSync(fd, buf, 0, PEEK_BYTES, 0);
    return LANGUAGE_LINE.exec(buf.subarray(0, n).toString('utf8'))?.[2] as Lang | undefined;
  } catch {
    return undefined; // the batch reports the unreadable file in its own words
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The one language all these specs declare, or undefined when they differ or one does not say. */
export function sharedSpecLanguage(files: readonly string[]): Lang | undefined {
  let shared: Lang | undefined;
  for (const f of files) {
    const l = peekSpecLanguage(f);
    if (!l || (shared && l !== shared)) return undefined;
    shared = l;
  }
  return shared;
}
