import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { LIMITS, readBounded, type InputKind } from './bounded-read.js';
import { loadMessage } from './messages.js';
import { getTerminalLang } from '../wording/lang.js';

/**
 * The one reader of every text input (spec, libraries, answers, labels, templates, marks and prices CSV).
 *
 * Decoding uses Node's built-in WHATWG `TextDecoder` for UTF-8 (its fatal mode tells valid from invalid) and
 * UTF-16 LE/BE. Windows-1252 (what French Excel and Notepad write; Latin-1 files are read as it, as browsers do)
 * is a one-byte code: ISO-8859-1 plus 27 characters in 0x80–0x9F, mapped by the table below. Node 20's
 * `TextDecoder('windows-1252')` decodes that range as C1 controls (it is ISO-8859-1 there: "€" comes out as
 * U+0080), so it cannot be used, and a dependency such as iconv-lite would add a package for 32 table entries.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextInput {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** What the reader did that the user should know (an `info` per item: "lu en Windows-1252"). */
  readonly notes: readonly Diagnostic[];
}

export interface ReadTextOptions {
  readonly kind: InputKind;
  /** Defaults to the limit of the kind (LIMITS). */
  readonly maxBytes?: number;
  readonly lang?: Lang;
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor cp1252 text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Windows-1252's 0x80–0x9F (WHATWG encoding standard, index-windows-1252); 0 where undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const codes = Array.from(b.subarray(i, i + 8192), (x) => (x >= 0x80 && x <= 0x9f ? CP1252_HIGH[x - 0x80]! : x));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Read a text input within its byte limit, whatever its encoding; refuses binary files and unknown encodings. */
export function readTextInput(file: string, opts: ReadTextOptions): TextInput {
  const lang = opts.lang ?? getTerminalLang();
  const bytes = readBounded(file, opts.maxBytes ?? LIMITS[opts.kind], opts.kind, lang);
  return decodeText(bytes, file, lang);
}

/** Decode bytes read from `file` (pure: tests and in-memory inputs use it directly). */
export function decodeText(bytes: Uint8Array, file: string, lang: Lang = getTerminalLang()): TextInput {
  const refuse = (code: string, message: string, hint: string): InputError => new InputError([{ code, severity: 'error', file, message, hint }]);
  const binary = (why: string): InputError => refuse('encoding-binary', loadMessage('encoding-binary', { file, why }, lang), loadMessage('hint-binary', {}, lang));
  const strict = (label: string, enc: TextEncoding): string => {
    try {
      // Decoders strip their own BOM (ignoreBOM: false is the default).
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      throw refuse('encoding-invalid', loadMessage('encoding-invalid', { file, encoding: ENCODING_NAMES[enc] }, lang), loadMessage('hint-encoding', {}, lang));
    }
  };

  let encoding: TextEncoding;
  let text: string;
  const b = bytes;
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    throw refuse('encoding-unsupported', loadMessage('encoding-unsupported', { file, encoding: 'UTF-32' }, lang), loadMessage('hint-encoding', {}, lang));
  } else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = strict('utf-8', encoding);
  } else if (b[0] === 0xff && b[1] === 0xfe) {
    encoding = 'utf-16le';
    text = strict('utf-16le', encoding);
  } else if (b[0] === 0xfe && b[1] === 0xff) {
    encoding = 'utf-16be';
    text = strict('utf-16be', encoding);
  } else if (b.includes(0)) {
    const guess = utf16WithoutBom(b);
    if (!guess) throw binary(loadMessage('why.nul-bytes', {}, lang));
    encoding = guess;
    text = strict(guess, guess);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b);
      encoding = 'utf-8';
    } catch {
      const undefinedByte = b.find((x) => CP1252_UNDEFINED.has(x));
      if (undefinedByte !== undefined) {
        const hex = `0x${undefinedByte.toString(16).toUpperCase()}`;
        throw binary(loadMessage('why.not-utf8-nor-1252', { byte: hex }, lang));
      }
      encoding = 'windows-1252';
      text = decodeCp1252(b);
    }
  }

  const notes: Diagnostic[] = [];
  if (encoding === 'windows-1252' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    notes.push({ code: 'encoding-read-as', severity: 'info', file, message: loadMessage('encoding-read-as', { file, encoding: ENCODING_NAMES[encoding] }, lang) });
  }
  // One line break, one line: CR LF and a lone CR (old Mac, some exports) both become LF, so line numbers hold.
  if (text.includes('\r')) {
    if (/\r(?!\n)/.test(text)) notes.push({ code: 'line-ends-cr', severity: 'info', file, message: loadMessage('line-ends-cr', { file }, lang) });
    text = text.replace(/\r\n?/g, '\n');
  }
  checkControls(text, file, lang, binary);
  return { text, encoding, notes };
}

/**
 * UTF-16 without a BOM (some Windows tools write it): text is mostly Latin, so one byte of every pair is zero,
 * always the same one (the high byte: odd offsets in LE, even ones in BE). Anything else with NUL bytes is binary.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < b.length; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = b.length / 2;
  if (oddZeros >= pairs * 0.5 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.5 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Control characters have no place in a spec or a CSV (they break the DOCX and XLSX writers' XML): many of them
 * mean a binary file; a few are reported where they stand.
 */
function checkControls(text: string, file: string, lang: Lang, binary: (why: string) => InputError): void {
  // eslint-disable-next-line no-control-regex
  const re = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/g;
  const found: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m.index);
    if (found.length > 20) break;
  }
  if (found.length === 0) return;
  if (found.length > 20 || (found.length >= 3 && found.length * 50 > text.length)) throw binary(loadMessage('why.control-characters', {}, lang));
  const diagnostics: Diagnostic[] = found.slice(0, 5).map((index) => {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const col = index - before.lastIndexOf('\n');
    const char = `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
    return { code: 'control-character', severity: 'error', file, line, col, message: loadMessage('control-character', { char }, lang) };
  });
  throw new InputError(diagnostics);
}
