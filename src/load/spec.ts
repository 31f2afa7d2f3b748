import type { Diagnostic } from '../model/diagnostic.js';
import { SpecSchema, type Spec } from '../model/spec.js';
import { parseYamlText, readYamlFile, type YamlSource } from './yaml.js';
import { validate } from './validate.js';

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
  const base = source.file.split(/[\\/]/).pop() ?? 'spec';
  return { spec, source, name: base.replace(/\.ya?ml$/i, ''), notes: source.notes };
}
