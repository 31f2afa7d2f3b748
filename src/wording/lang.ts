import type { Lang } from '../model/common.js';

/**
 * The language of terminal messages: `--lang` when given, else the spec's language, else the locale
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them). French first: the locale makes it English only
 * when it says English (`en`, `en_GB.UTF-8` …); an unset, `C` or `POSIX` locale, or any other language, gives French.
 */
export function terminalLang(o: { option?: Lang; spec?: Lang; env?: NodeJS.ProcessEnv } = {}): Lang {
  if (o.option) return o.option;
  if (o.spec) return o.spec;
  return localeLang(o.env ?? process.env);
}

export function localeLang(env: NodeJS.ProcessEnv): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'fr';
}

/**
 * The language of this process's terminal messages, set by a command once it knows it (--lang, or the spec's
 * language); until then the locale's. One process runs one command, so one setting is enough.
 */
let current: Lang | undefined;
export const setTerminalLang = (l: Lang): void => {
  current = l;
};
export const getTerminalLang = (): Lang => current ?? localeLang(process.env);
