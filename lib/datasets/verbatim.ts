/**
 * Checking that a phrase occurs word for word in the report's converted text,
 * allowing for the conversion's artifacts: `\$` for `$`, footnote markers
 * (superscript digits, `^{12 &}quot;`), HTML-escaped quotes, curly quotes and line wraps.
 */
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\^\{\d+ (?:&\}quot;|«\})/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/\\([$&%_#])/g, '$1')
    .replace(SUPERSCRIPTS, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();
}

export function containsVerbatim(normalizedReport: string, phrase: string): boolean {
  return normalizedReport.includes(normalizeText(phrase));
}
