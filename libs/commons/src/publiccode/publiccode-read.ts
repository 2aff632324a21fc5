import { PUBLICCODE_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { parseDocument, YAMLError } from 'yaml';

/**
 * A publiccode.yml as text: at most 512 KiB, UTF-8 without NUL (what a binary file has), refused
 * otherwise before the YAML parser sees a byte. A text already decoded (pasted into the form) is
 * measured in UTF-8 bytes too.
 */
export function publiccodeText(input: Buffer | string): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (bytes > PUBLICCODE_LIMITS.textMaxBytes) throw DomainError.of('PUBLICCODE_TOO_LARGE', { bytes });
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw DomainError.of('PUBLICCODE_NOT_TEXT');
    }
  }
  if (text.includes('\0')) throw DomainError.of('PUBLICCODE_NOT_TEXT');
  return text.replace(/^\uFEFF/, '');
}

/**
 * The file's YAML as plain values. Duplicate keys are tolerated (the last one wins, as most readers
 * do); aliases are resolved up to `aliasesMax` expansions, since a few lines of aliases can expand
 * to gigabytes. A syntax error is refused with its line.
 */
export function readPubliccodeYaml(text: string): unknown {
  let document;
  try {
    document = parseDocument(text, { uniqueKeys: false, prettyErrors: true, strict: false });
  } catch (error) {
    throw DomainError.of('PUBLICCODE_NOT_YAML', { line: '?', problem: problemOf(error) });
  }
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line ?? '?';
    throw DomainError.of('PUBLICCODE_NOT_YAML', { line, problem: problemOf(error) });
  }
  try {
    return document.toJS({ maxAliasCount: PUBLICCODE_LIMITS.aliasesMax }) as unknown;
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw DomainError.of('PUBLICCODE_TOO_MANY_ALIASES');
    }
    throw DomainError.of('PUBLICCODE_NOT_YAML', { line: '?', problem: problemOf(error) });
  }
}

/** The parser's problems that a person fixes in the file, said in French; the others said generally. */
const PROBLEMS: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'l’indentation est incohérente',
  TAB_AS_INDENT: 'une tabulation sert d’indentation (YAML n’accepte que des espaces)',
  MISSING_CHAR: 'un guillemet, un crochet ou une accolade n’est pas refermé',
  UNEXPECTED_TOKEN: 'un caractère inattendu se trouve à cet endroit',
  BLOCK_AS_IMPLICIT_KEY: 'une clé est mal placée',
  MULTILINE_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes',
  MULTIPLE_DOCS: 'le fichier contient plusieurs documents YAML',
  BAD_ALIAS: 'une référence (alias) renvoie à une ancre inconnue',
  BAD_DQ_ESCAPE: 'une séquence d’échappement est invalide entre guillemets',
  BAD_SCALAR_START: 'une valeur commence par un caractère réservé',
  KEY_OVER_1024_CHARS: 'une clé dépasse 1 024 caractères',
};

function problemOf(error: unknown): string {
  return (error instanceof YAMLError && PROBLEMS[error.code]) || 'la syntaxe YAML est invalide';
}
