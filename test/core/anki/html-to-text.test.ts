import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, textToHtml } from '../../../src/core/anki/html-to-text.js';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<b>bold</b> and <i>italic</i>', 'bold and italic'],
    ['line<br>break<br/>again<BR />', 'line\nbreak\nagain'],
    ['<div>one</div><div>two</div>', 'one\ntwo'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['a&nbsp;b &amp; c &lt;d&gt; &quot;e&quot; &#39;f&#39; &#x2014; &unknown;', 'a b & c <d> "e" \'f\' — &unknown;'],
    ['[sound:grace.mp3]', '[sound:grace.mp3]'],
    ['see <img src="chart.png"> here', 'see [image: chart.png] here'],
    ["<img src='a b.jpg' alt=x>", '[image: a b.jpg]'],
    ['<img alt="no source">', ''],
    ['<style>.x{color:red}</style>text<script>alert(1)</script>', 'text'],
    ['<!-- note -->kept', 'kept'],
    ['  spaced   out  ', 'spaced out'],
    ['a<br><br><br><br>b', 'a\n\nb'],
    ['3 &lt; 5 but <5 is not a tag', '3 < 5 but <5 is not a tag'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('decodes numeric entities out of range as written', () => {
    expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
  });

  it('textToHtml escapes and keeps line breaks; htmlToText undoes it', () => {
    const text = 'a < b & c\nnext "line"';
    expect(textToHtml(text)).toBe('a &lt; b &amp; c<br>next "line"');
    expect(htmlToText(textToHtml(text))).toBe(text);
  });
});
