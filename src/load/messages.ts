import type { Lang } from '../model/common.js';

/**
 * Wording of the input readers' diagnostics (encodings, limits, CSV, numbers, dates), one table, French first.
 * Placeholders are {{name}}. The wording catalog folds this table in; tests assert codes, not sentences.
 */
const MESSAGES = {
  'file-too-large': {
    fr: '{{file}} fait {{size}}, plus que la taille admise pour {{kind}} ({{limit}})',
    en: '{{file}} is {{size}}, more than the limit for {{kind}} ({{limit}})',
  },
  'encoding-binary': {
    fr: '{{file}} : fichier binaire ou encodage inconnu ({{why}}) ; un fichier texte est attendu',
    en: '{{file}}: binary file or unknown encoding ({{why}}); a text file is expected',
  },
  'encoding-invalid': {
    fr: '{{file}} annonce l’encodage {{encoding}} (marque BOM) mais contient des octets invalides pour cet encodage',
    en: '{{file}} announces the {{encoding}} encoding (BOM) but holds bytes that are invalid in it',
  },
  'encoding-unsupported': {
    fr: '{{file}} est encodé en {{encoding}}, encodage non pris en charge',
    en: '{{file}} is encoded in {{encoding}}, which is not supported',
  },
  'encoding-read-as': { fr: '{{file}} lu en {{encoding}}', en: '{{file}} read as {{encoding}}' },
  'line-ends-cr': {
    fr: '{{file}} : fins de ligne CR seul (ancien Mac) converties',
    en: '{{file}}: CR-only line ends (old Mac) converted',
  },
  'control-character': {
    fr: 'caractère de contrôle {{char}} dans le texte',
    en: 'control character {{char}} in the text',
  },
  'hint-encoding': {
    fr: 'enregistrez le fichier en UTF-8 (Excel : « CSV UTF-8 » ; Bloc-notes : Encodage UTF-8)',
    en: 'save the file as UTF-8 (Excel: "CSV UTF-8"; Notepad: Encoding UTF-8)',
  },
  'hint-binary': {
    fr: 'vérifiez que le chemin désigne bien le fichier texte attendu (pas un XLSX, un PDF ou une image)',
    en: 'check the path names the expected text file (not an XLSX, a PDF or an image)',
  },
  'yaml-too-deep': {
    fr: 'imbrication YAML trop profonde (plus de {{max}} niveaux) : refusée',
    en: 'YAML nesting too deep (more than {{max}} levels): refused',
  },
  'csv-syntax': { fr: 'CSV illisible : {{detail}}', en: 'unreadable CSV: {{detail}}' },
  'csv-field-count': {
    fr: 'cette ligne a {{got}} champ(s), l’en-tête en a {{expected}}',
    en: 'this row has {{got}} field(s), the header has {{expected}}',
  },
  'hint-field-count': {
    fr: 'une virgule ou un point-virgule non protégé coupe peut-être un texte : mettez le texte entre guillemets "…"',
    en: 'an unquoted comma or semicolon may cut a text: put the text between double quotes "…"',
  },
  'csv-empty': { fr: '{{file}} est vide', en: '{{file}} is empty' },
  'csv-header-only': {
    fr: '{{file}} ne contient que la ligne d’en-tête : aucune {{what}}',
    en: '{{file}} holds only the header line: no {{what}}',
  },
  'csv-header-missing': {
    fr: 'colonne(s) manquante(s) dans l’en-tête : {{missing}}',
    en: 'missing column(s) in the header line: {{missing}}',
  },
  'hint-header': {
    fr: 'colonnes trouvées : {{found}} ; colonnes attendues : {{expected}}',
    en: 'columns found: {{found}}; columns expected: {{expected}}',
  },
  'marks-no-bidder': { fr: 'le soumissionnaire est vide', en: 'bidder is empty' },
  'unknown-criterion': { fr: 'sous-critère inconnu « {{id}} »', en: 'unknown sub-criterion "{{id}}"' },
  'did-you-mean': { fr: ' ; vouliez-vous dire « {{guess}} » ?', en: '; did you mean "{{guess}}"?' },
  'hint-sub-criteria': { fr: 'sous-critères de cette grille : {{ids}}', en: 'sub-criteria of this grid: {{ids}}' },
  'mark-not-number': { fr: 'note : {{detail}}', en: 'mark: {{detail}}' },
  'mark-out-of-scale': { fr: 'la note {{mark}} sort de l’échelle 0–{{max}}', en: 'mark {{mark}} is outside the scale 0–{{max}}' },
  'hint-scale-5': { fr: 'les notes vont de 0 à 5 (six niveaux ancrés)', en: 'marks go from 0 to 5 (six anchored levels)' },
  'hint-scale': { fr: 'les notes vont de 0 à {{max}} par pas de {{step}}', en: 'marks go from 0 to {{max}} in steps of {{step}}' },
  'mark-duplicate': { fr: '{{evaluator}} note {{bidder}} deux fois sur {{criterion}} (aussi ligne {{other}})', en: '{{evaluator}} marks {{bidder}} on {{criterion}} twice (also line {{other}})' },
  'prices-no-bidder': { fr: 'le soumissionnaire est vide', en: 'bidder is empty' },
  'price-duplicate': { fr: '{{bidder}} a deux prix (aussi ligne {{other}})', en: '{{bidder}} has two prices (also line {{other}})' },
  'price-not-number': { fr: 'prix de {{bidder}} : {{detail}}', en: 'price of {{bidder}}: {{detail}}' },
  'price-not-positive': { fr: 'le prix de {{bidder}} doit être positif, lu : {{raw}}', en: 'price of {{bidder}} must be positive, got {{raw}}' },
  'hint-price-positive': { fr: 'les formules de prix divisent par les prix : une offre à 0 € ne peut pas être notée', en: 'price formulas divide by prices; an offer at 0 € cannot be scored' },
  'what-marks': { fr: 'note', en: 'marks' },
  'what-prices': { fr: 'ligne de prix', en: 'prices' },
  'number-invalid': { fr: '« {{raw}} » n’est pas un nombre', en: '"{{raw}}" is not a number' },
  'number-ambiguous': {
    fr: '« {{raw}} » est ambigu : {{a}} ou {{b}} ?',
    en: '"{{raw}}" is ambiguous: {{a}} or {{b}}?',
  },
  'hint-number-ambiguous': {
    fr: 'écrivez {{a2}} ou {{b2}} (espace pour les milliers, virgule pour les décimales)',
    en: 'write {{a2}} or {{b2}} (a space for thousands, a comma or a point for decimals)',
  },
  'number-not-finite': { fr: '« {{raw}} » est hors de l’étendue des nombres', en: '"{{raw}}" is out of the range of numbers' },
  'date-invalid': {
    fr: '« {{raw}} » n’est pas une date réelle écrite AAAA-MM-JJ',
    en: '"{{raw}}" is not a real date written YYYY-MM-DD',
  },
  'price-too-high': {
    fr: 'prix de {{bidder}} invraisemblable : {{price}} dépasse le plafond de {{ceiling}} ({{why}})',
    en: 'price of {{bidder}} is implausible: {{price}} is over the ceiling of {{ceiling}} ({{why}})',
  },
  'ceiling-estimate': { fr: '1 000 fois la valeur estimée du marché', en: '1,000 times the estimated value of the contract' },
  'ceiling-absolute': { fr: 'plafond absolu sans valeur estimée', en: 'absolute ceiling without an estimated value' },
  'xlsx-too-large': {
    fr: '{{file}} : classeur refusé avant décompression ({{why}})',
    en: '{{file}}: workbook refused before inflating it ({{why}})',
  },
  'xlsx-formula': {
    fr: 'la cellule contient une formule ({{formula}}) qui n’est pas une simple opération : saisissez la note elle-même',
    en: 'the cell holds a formula ({{formula}}) that is not simple arithmetic: type the mark itself',
  },
  'template-too-large': {
    fr: 'le modèle {{file}} dépasse {{limit}}',
    en: 'template {{file}} is larger than {{limit}}',
  },
  'template-output-too-large': {
    fr: 'le modèle {{file}} produit plus de {{limit}} de texte : boucle imbriquée ?',
    en: 'template {{file}} produces more than {{limit}} of text: nested loops?',
  },
} as const satisfies Record<string, { readonly fr: string; readonly en: string }>;

export type LoadMessageCode = keyof typeof MESSAGES;

/**
 * Language of input diagnostics. They are raised before any spec is read, so its language is unknown: French
 * (the users' language) unless EFC_LANG=en asks otherwise.
 */
export const loadLang = (): Lang => (process.env.EFC_LANG === 'en' ? 'en' : 'fr');

export function loadMessage(code: LoadMessageCode, vars: Record<string, string | number> = {}, lang: Lang = loadLang()): string {
  return MESSAGES[code][lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? `{{${k}}}`));
}

/** "2 Mo" / "2 MB", "256 Ko" / "256 KB": sizes in limit messages. */
export function formatBytes(n: number, lang: Lang = loadLang()): string {
  const [k, m] = lang === 'fr' ? ['Ko', 'Mo'] : ['KB', 'MB'];
  if (n >= 1024 * 1024) return `${(n / 1048576).toFixed(1).replace('.', lang === 'fr' ? ',' : '.')} ${m}`;
  return `${Math.ceil(n / 1024)} ${k}`;
}
