import type { Lang } from '../model/common.js';

/**
 * What the output writer says, in French and English. Placeholders are {name}; fill() replaces them. Kept here, beside
 * the writer, until the wording catalog takes it in.
 */
export const W = {
  exists: { fr: '{file} existe déjà', en: '{file} already exists' },
  existsHint: { fr: 'ajoutez --force pour le remplacer', en: 'use --force to overwrite it' },
  notAFile: { fr: '{file} est un dossier ou un fichier spécial, pas un document : il n’est pas remplacé', en: '{file} is a folder or a special file, not a document: it is not replaced' },
  notAFolder: { fr: '{dir} n’est pas un dossier ordinaire (fichier ou lien symbolique) : rien n’y est écrit', en: '{dir} is not a plain folder (a file or a symbolic link): nothing is written into it' },
  notAFileHint: { fr: 'choisissez un autre dossier de sortie (-o) ou déplacez-le', en: 'choose another output folder (-o) or move it away' },
  diskFull: { fr: 'disque plein : {file} n’a pas pu être écrit dans {dir}', en: 'disk full: {file} could not be written in {dir}' },
  diskFullHint: { fr: 'libérez de la place (ou choisissez un autre dossier avec -o), puis relancez', en: 'free some space (or choose another folder with -o), then run again' },
  cannotWrite: { fr: 'impossible d’écrire {file} : {reason}', en: 'cannot write {file}: {reason}' },
  cannotWriteHint: { fr: 'vérifiez que le dossier de sortie existe, est un dossier et que vous pouvez y écrire', en: 'check that the output folder exists, is a folder, and that you may write in it' },
  /** Appended to a failure: the all-or-nothing outcome, said plainly. */
  noneWritten: { fr: 'aucun fichier de cet ensemble n’a été écrit ({files}) ; les fichiers déjà présents sont intacts', en: 'none of this set was written ({files}); the files already there are intact' },
  rollbackFailed: {
    fr: 'la remise en place a échoué : écrits {written} ; non écrits {notWritten} ; anciennes versions gardées dans {staging}',
    en: 'restoring failed: written {written}; not written {notWritten}; previous versions kept in {staging}',
  },
  locked: { fr: 'un autre efc-tender écrit déjà dans {dir} (verrou {lock}) ; attendu {secs} s', en: 'another efc-tender is already writing into {dir} (lock {lock}); waited {secs} s' },
  lockedHint: {
    fr: 'relancez quand l’autre commande est finie ; un verrou laissé par une commande arrêtée brutalement est repris au bout de {stale} s',
    en: 'run again when the other command has finished; a lock left by a command that was killed is taken over after {stale} s',
  },
  lockLost: { fr: 'le verrou du dossier {dir} a été perdu ({reason}) : rien de plus n’est écrit', en: 'the lock on {dir} was lost ({reason}): nothing more is written' },
  interrupted: { fr: 'interrompu ({signal}) : {written} spécification(s) écrite(s) en entier, {notWritten} non écrite(s) ; aucun fichier partiel ni temporaire laissé', en: 'interrupted ({signal}): {written} spec(s) written in full, {notWritten} not written; no partial or temporary file left' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A filesystem error code in words; the code itself follows in brackets for whoever searches for it. */
const REASONS: Record<string, Record<Lang, string>> = {
  EACCES: { fr: 'permission refusée', en: 'permission denied' },
  EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
  EROFS: { fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  EEXIST: { fr: 'un fichier occupe la place d’un dossier', en: 'a file stands where a folder is needed' },
  ENOTDIR: { fr: 'un élément du chemin est un fichier, pas un dossier', en: 'part of the path is a file, not a folder' },
  EISDIR: { fr: 'c’est un dossier', en: 'it is a folder' },
  ENAMETOOLONG: { fr: 'nom trop long', en: 'name too long' },
  ENOENT: { fr: 'dossier introuvable', en: 'folder not found' },
  EIO: { fr: 'erreur d’entrée-sortie du disque', en: 'disk input/output error' },
};

export const reason = (code: string | undefined, lang: Lang): string => (code && REASONS[code] ? `${REASONS[code][lang]} (${code})` : (code ?? '?'));

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export const say = (key: keyof typeof W, lang: Lang, values: Record<string, string | number> = {}): string => fill(W[key][lang], values);
