import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inlineText, parseArticle, renderText, type Article, type Block } from '../../src/index.js';
import { articleWith, sampleBlocks } from '../helpers/articles.js';
import { contentArticles, walk } from '../helpers/content.js';
import { wrapLine, wrapWords } from '../../src/render/text/layout.js';
import { seeded } from '../helpers/property.js';

const words = (text: string) => text.normalize('NFKC').split(/\s+/).filter(Boolean);
/** Text with line wrapping undone, so multi-word phrases can be searched. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

/** Paragraph texts of an article, including inside lists, quotes and fact boxes. */
function paragraphs(article: Article): string[] {
  const out: string[] = [];
  walk(article, (node) => {
    if (node.type === 'paragraph') out.push(inlineText((node as Block & { type: 'paragraph' }).children));
  });
  return out;
}

describe('renderText', () => {
  it('should keep everything a reader needs from every article in content/', async () => {
    for (const { name, article } of await contentArticles()) {
      const text = renderText(article);
      const plain = flat(text);
      for (const paragraph of paragraphs(article)) {
        // Pull quotes repeat the body, so their words are there anyway; check each word of every paragraph.
        for (const word of words(paragraph)) expect(plain, `${name}: word ${word}`).toContain(word.replace(/^[“"(]|[”".,:;)]+$/g, ''));
      }
      walk(article, (node) => {
        if (node.type === 'link') expect(text, `${name}: link`).toContain(`<${new URL(String(node.url), article.canonicalUrl).href}>`);
        if (node.type === 'image' && !node.decorative)
          expect(plain, `${name}: alt`).toContain(
            String(node.alt)
              .trim()
              .replace(/[.!?]$/, ''),
          );
        if ((node.type === 'video' || node.type === 'audio' || node.type === 'embed') && typeof node.title === 'string') expect(plain, `${name}: title`).toContain(node.title);
        if (node.type === 'relatedLink') expect(plain, `${name}: related`).toContain(String(node.headline));
      });
      expect(plain).toContain(article.headline);
    }
  });

  it('should match the reviewed rendering of the source story, wrapped and unwrapped', async () => {
    const story = (await contentArticles()).find(({ name }) => name.startsWith('hegseth-healey'))!.article;
    expect(renderText(story)).toMatchSnapshot('wrapped at 78');
    expect(renderText(story, { width: 0 })).toMatchSnapshot('unwrapped');
  });

  it('should put one blank line between paragraphs and two before headings, with no underlines', () => {
    const text = renderText(articleWith([sampleBlocks.paragraph, sampleBlocks.heading, sampleBlocks.paragraph]));
    expect(text).toContain('Plain, stressed and linked <https://news.example.com/more>.\n\n\nWhat happened next\n\nPlain,');
    expect(text).not.toMatch(/^[=\-_*~#]{3,}$/m);
  });

  it('should mark lists with "- " and "1. ", indenting nested lists under their item', () => {
    const text = renderText(articleWith([sampleBlocks.list]));
    expect(text).toContain('3. Third\n4. Fourth\n\n   - Nested\n');
  });

  it('should write tables row by row as sentences', () => {
    const text = renderText(articleWith([sampleBlocks.table]));
    expect(text).toContain('Table: Costs by phase\n- Phase: Levee removal. Cost: £18m.\n- Phase: Planting. Cost: £9m.\n');
  });

  it('should describe images by alt, caption and credit, and leave out decorative ones', () => {
    const text = renderText(articleWith([sampleBlocks.image, sampleBlocks.gallery]));
    expect(text).toContain('Image: A grey heron on a post. A heron at dawn. (Credit: Priya Shah)');
    expect(text).toContain('Image: A kingfisher.');
    expect(text.match(/Image:/g)).toHaveLength(2);
  });

  it('should give media their title, URL, duration and transcript', () => {
    const text = flat(renderText(articleWith([sampleBlocks.video, sampleBlocks.audio, sampleBlocks.youtube])));
    expect(text).toContain('Video: The flood in 60 seconds (1 min) <https://media.example.com/flood.mp4>');
    expect(text).toContain('Transcript <https://news.example.com/flood/transcript>');
    expect(text).toContain('Audio: Episode 1 (10 min) <https://media.example.com/ep1.mp3>');
    expect(text).toContain('Video: Route explained <https://www.youtube.com/watch?v=aBcDeFgHiJk>');
    expect(text).toContain('Transcript: The route runs north.');
  });

  it('should leave out pull quotes, keep quote attributions, and keep code verbatim', () => {
    const text = renderText(articleWith([sampleBlocks.pullquote, sampleBlocks.blockquote, sampleBlocks.code]));
    expect(text).not.toContain('A pause for now');
    expect(text).toContain('  We will go further.\n  — John Healey');
    expect(text).toContain('town: riverton\nyears: 5');
  });

  it('should render raw HTML as its text, keeping link URLs and dropping scripts', () => {
    const text = renderText(articleWith([sampleBlocks.html]));
    expect(text).toContain('Widget status warnings <https://warnings.example.org/>');
    expect(text).not.toMatch(/alert|<p>|onclick/);
  });

  it('should number links as references when asked', () => {
    const text = renderText(articleWith([sampleBlocks.paragraph, sampleBlocks.relatedLink, sampleBlocks.paragraph]), { links: 'references' });
    expect(text).toContain('Plain, stressed and linked [1].');
    expect(text).toContain('Read more: Another story [2]');
    expect(text).toMatch(/Links\n\n\[1\] https:\/\/news\.example\.com\/more\n\[2\] https:\/\/news\.example\.com\/other\n$/);
  });

  it('should wrap by display columns, never breaking a URL or a short word', () => {
    const cjk = '中文字符测试'.repeat(20);
    const url = `https://news.example.com/${'very-long-path-segment/'.repeat(6)}`;
    const article = articleWith([
      { type: 'paragraph', children: [{ type: 'text', value: `${cjk} ${'word '.repeat(40)}` }] },
      { type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: 'A long link' }] }] },
    ]);
    for (const width of [30, 50, 78]) {
      const text = renderText(article, { width });
      for (const line of text.split('\n')) {
        if (line.includes(url)) continue;
        // A single CJK run has no spaces to break at; every other line fits.
        if (!/[\u4e00-\u9fff]{10}/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      }
      expect(text).toContain(`<${url}>`);
      expect(text).not.toMatch(/\bwo\nrd\b/);
    }
    expect(
      renderText(article, { width: 0 })
        .split('\n')
        .some((line) => stringWidth(line) > 200),
    ).toBe(true);
  });

  it('should keep right-to-left text in logical order', () => {
    const article = articleWith([{ type: 'paragraph', children: [{ type: 'text', value: 'افتُتحت يوم الأحد محطة جديدة لتحلية مياه البحر على الساحل الجنوبي' }] }], { language: 'ar' });
    expect(flat(renderText(article, { width: 30 }))).toContain('افتُتحت يوم الأحد محطة جديدة لتحلية مياه البحر على الساحل الجنوبي');
  });

  it('should produce NFC text without entities or control characters', async () => {
    for (const { article } of await contentArticles()) {
      const text = renderText(article);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);/);

      expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
    }
  });

  it('should put corrections at the end', async () => {
    const podcast = (await contentArticles()).find(({ name }) => name.startsWith('riverton-podcast'))!.article;
    const text = renderText(podcast);
    expect(text.indexOf('Corrections and updates')).toBeGreaterThan(text.indexOf('sign up for warnings'));
    expect(flat(text)).toContain('- Correction (31 October 2026): An earlier version of this article said warnings reach 21,000 phones. The correct figure is 12,000.');
  });
});

describe('wrapping', () => {
  it('should measure what the fast path skips exactly as string-width does', () => {
    const samples = ['“quoted” — dashes… €5', 'café naïve', 'e\u0301', '日本語', '👩🏽‍💻', 'a\u200Bb', 'Ünïcödé', 'ẍy', '\u00AD'];
    for (const sample of samples) {
      const article = articleWith([{ type: 'paragraph', children: [{ type: 'text', value: `${sample} `.repeat(30) }] }]);
      for (const line of renderText(article, { width: 40 }).split('\n')) {
        const words = line.split(' ');
        // A line only breaks when the next word would not fit, measured in display columns.
        if (words.length > 1) expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(40);
      }
    }
  });

  it('should count the space after a zero-width word, such as a right-to-left mark after a break', async () => {
    // Found by the property test: U+200F after a hard break made a 79-column line at width 78.
    const input = JSON.parse(await readFile(resolve(import.meta.dirname, '../fixtures/regressions/text-width-rlm.json'), 'utf8'));
    for (const line of renderText(parseArticle(input), { width: 78 }).split('\n')) expect(stringWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(78);
    expect(wrapWords('\u200F news words', 10)).toEqual(['\u200F news', 'words']);
  });

  it('should wrap single-spaced narrow text by slicing exactly as word by word', () => {
    const word = fc.stringMatching(/^[a-zé“”—.,-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (words, columns) => {
        const text = words.join(' ');
        expect(wrapLine(text, columns)).toEqual(text.length <= columns ? [text] : wrapWords(text, columns));
      }),
      seeded(100),
    );
  });
});
