/**
 * Anki field HTML → the plain text drillbit shows and grades. Line breaks
 * (`<br>`, block elements) become newlines, other tags go, entities are
 * decoded, and media stay visible as text: `[sound:x.mp3]` is kept as Anki
 * writes it and `<img src="x.png">` becomes `[image: x.png]`, so the learner
 * knows something was there. Pure.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  middot: '·', times: '×', divide: '÷', deg: '°', copy: '©', reg: '®', trade: '™', euro: '€',
};

/** Decodes `&amp;`, `&#39;`, `&#x27;` and the common named entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(p|div|li|tr|h[1-6]|ul|ol|table|blockquote|pre)$/i;

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Plain text of an Anki field. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const replaced = withoutHidden.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) => {
    if (/^br$/i.test(name)) return '\n';
    if (/^img$/i.test(name)) {
      const src = attribute(tag, 'src');
      return src ? `[image: ${decodeEntities(src)}]` : '';
    }
    // A block boundary is one line break however many tags meet there.
    if (BLOCK.test(name)) return '\u0000';
    return '';
  });
  return decodeEntities(replaced.replace(/\u0000+/g, '\n'))
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text → Anki field HTML (for export): escaped, newlines as `<br>`. */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}
