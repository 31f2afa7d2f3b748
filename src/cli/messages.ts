import { getTerminalLang } from '../wording/lang.js';
import type { Diagnostic } from '../model/diagnostic.js';

export type MessageLang = 'fr' | 'en';

interface Wording {
  readonly message: Readonly<Record<MessageLang, string>>;
  readonly hint?: Readonly<Record<MessageLang, string>>;
}

const FR_ACTION: Record<string, string> = { read: 'lire', write: 'écrire' };

/**
 * The CLI's wording of the failures it reports, in French and English, keyed by diagnostic code. {name} marks a value
 * from the diagnostic's args (file, option, value…). The core words these diagnostics in English; the CLI rewords
 * them here in the user's language. (To be folded into the wording catalog, src/wording.)
 */
export const MESSAGES: Readonly<Record<string, Wording>> = {
  // The file system's refusals (src/model/errors.ts, SYSTEM_ERROR_KINDS).
  'file-not-found': {
    message: { fr: '{file} n’existe pas', en: '{file} does not exist' },
    hint: { fr: 'vérifiez le chemin (et son orthographe) ; un chemin relatif part du dossier courant', en: 'check the path (and its spelling); relative paths start from the current folder' },
  },
  'permission-denied': {
    message: { fr: 'accès refusé à {file}', en: 'permission denied on {file}' },
    hint: { fr: 'donnez à votre compte le droit de le {action_fr}, ou copiez-le dans un dossier à vous', en: 'give your user the right to {action} it, or copy it somewhere you can' },
  },
  'is-a-directory': {
    message: { fr: '{file} est un dossier, pas un fichier', en: '{file} is a folder, not a file' },
    hint: { fr: 'donnez le chemin d’un fichier de ce dossier', en: 'give the path of a file inside it' },
  },
  'not-a-directory': {
    message: { fr: 'une partie du chemin {file} est un fichier, pas un dossier', en: 'a part of {file} is a file, not a folder' },
    hint: { fr: 'vérifiez le chemin : un nom de fichier y est employé comme nom de dossier', en: 'check the path: a file name is used as a folder name' },
  },
  'disk-full': {
    message: { fr: 'plus de place sur le disque pour écrire {file}', en: 'no space left on the disk to write {file}' },
    hint: { fr: 'libérez de la place (ou choisissez un autre dossier de sortie) et relancez', en: 'free some space (or choose another output folder) and run again' },
  },
  'read-only-file-system': {
    message: { fr: '{file} est sur un disque en lecture seule', en: '{file} is on a read-only disk' },
    hint: { fr: 'choisissez un dossier de sortie où vous pouvez écrire', en: 'choose an output folder you can write to' },
  },
  'too-many-open-files': {
    message: { fr: 'trop de fichiers ouverts à la fois à l’ouverture de {file}', en: 'too many files open at once while opening {file}' },
    hint: { fr: 'relancez avec moins de tâches parallèles (--jobs 1) ou augmentez la limite (ulimit -n)', en: 'run with fewer parallel jobs (--jobs 1), or raise the limit (ulimit -n)' },
  },
  'already-exists': {
    message: { fr: '{file} existe déjà', en: '{file} already exists' },
    hint: { fr: 'supprimez-le ou choisissez un autre chemin', en: 'remove it or choose another path' },
  },
  'name-too-long': {
    message: { fr: 'le chemin {file} est trop long', en: 'the path {file} is too long' },
    hint: { fr: 'raccourcissez le nom du fichier ou du dossier', en: 'use a shorter file or folder name' },
  },
  'symlink-loop': {
    message: { fr: '{file} est un lien symbolique qui boucle', en: '{file} is a symbolic link that loops' },
    hint: { fr: 'corrigez ou supprimez le lien', en: 'fix or remove the link' },
  },
  'file-busy': {
    message: { fr: '{file} est utilisé par un autre programme', en: '{file} is in use by another program' },
    hint: { fr: 'fermez le programme qui l’utilise (Word, Excel…) et relancez', en: 'close the program using it (Word, Excel…) and run again' },
  },
  'io-error': {
    message: { fr: 'le disque n’a pas pu {action_fr} {file}', en: 'the disk failed to {action} {file}' },
    hint: { fr: 'vérifiez le disque ou le partage réseau, puis relancez', en: 'check the disk or the network share, then run again' },
  },
  'not-a-regular-file': {
    message: { fr: '{file} n’est pas un fichier ordinaire (périphérique, tube ou socket)', en: '{file} is not a regular file (a device, a pipe or a socket)' },
    hint: { fr: 'donnez le chemin d’un fichier ordinaire', en: 'give the path of an ordinary file' },
  },
  'file-system-error': {
    message: { fr: 'impossible de {action_fr} {file} ({code})', en: 'cannot {action} {file} ({code})' },
    hint: { fr: 'vérifiez le chemin et le disque, puis relancez', en: 'check the path and the disk, then run again' },
  },

  // Option values (src/cli/options.ts).
  'bad-option-number': {
    message: { fr: '{option} attend un nombre entier de {min} à {max}, pas « {value} »', en: '{option} must be a whole number from {min} to {max}, not "{value}"' },
  },
  'bad-option-choice': {
    message: { fr: '{option} attend l’une des valeurs {choices}, pas « {value} »', en: '{option} must be one of {choices}, not "{value}"' },
  },
  'bad-option-date': {
    message: { fr: '{option} attend une date réelle écrite AAAA-MM-JJ, pas « {value} »', en: '{option} must be a real date written YYYY-MM-DD, not "{value}"' },
    hint: { fr: 'par exemple {option} 2027-03-15', en: 'for example {option} 2027-03-15' },
  },
  'option-conflict': {
    message: { fr: '{option} et {other} ne peuvent pas être employés ensemble', en: '{option} and {other} cannot be used together' },
    hint: {
      fr: '--resume reprend un entretien interactif, --answers en rejoue un sans questions',
      en: '--resume continues an interactive interview, --answers replays one without prompts',
    },
  },
  'folder-not-found': {
    message: { fr: '{option} {file} : ce dossier n’existe pas', en: '{option} {file}: no such folder' },
    hint: { fr: 'vérifiez le chemin ; {option} attend un dossier existant', en: 'check the path; {option} expects an existing folder' },
  },
  'not-a-folder': {
    message: { fr: '{option} {file} est un fichier ; un dossier est attendu', en: '{option} {file} is a file; a folder is expected' },
    hint: { fr: 'donnez le dossier qui le contient, ou un autre nom de dossier', en: 'give the folder that holds it, or another folder name' },
  },
  'folder-given-for-file': {
    message: { fr: '{option} {file} est un dossier ; un fichier est attendu', en: '{option} {file} is a folder; a file is expected' },
    hint: { fr: 'donnez le chemin d’un fichier (dans ce dossier, par exemple)', en: 'give the path of a file (inside that folder, for instance)' },
  },
  'option-file-not-found': {
    message: { fr: '{option} {file} : ce fichier n’existe pas', en: '{option} {file}: no such file' },
    hint: { fr: 'vérifiez le chemin (et son orthographe)', en: 'check the path (and its spelling)' },
  },
};

/** The language of the CLI's messages: the terminal's (wording/lang.ts: --lang, else the spec's, else the locale). */
export const messageLang = (): MessageLang => getTerminalLang();

export function fill(template: string, args: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (args[k] === undefined ? m : String(args[k])));
}

/** A diagnostic worded in the given language when its code is in the table and it carries its args; else unchanged. */
export function localize<D extends Diagnostic>(d: D, lang: MessageLang = messageLang()): D {
  const w = MESSAGES[d.code];
  if (!w) return d;
  if (!d.args) return d; // worded by hand elsewhere (the writer's own account of a set, a loader's sentence): kept
  const args: Record<string, string | number | undefined> = { file: d.file, ...d.args };
  args.action ??= 'read';
  args.action_fr = FR_ACTION[String(args.action)] ?? String(args.action);
  return { ...d, message: fill(w.message[lang], args), ...(w.hint ? { hint: fill(w.hint[lang], args) } : {}) };
}
