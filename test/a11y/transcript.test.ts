import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../src/a11y/index.js';
import { inlineText, renderAmp, renderHtml, type Article, type Inline } from '../../src/index.js';
import { contentArticles, walk } from '../helpers/content.js';
import { runCli } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');
const articles = await contentArticles();
const formats = ['html', 'amp'] as const;
const render = (article: Article, format: (typeof formats)[number]) => (format === 'html' ? renderHtml(article) : renderAmp(article));
const heard = new Map<string, string[]>();
for (const { name, article } of articles) for (const format of formats) heard.set(`${name} ${format}`, await transcript(render(article, format), { format }));
const lines = (name: string, format: string) => heard.get(`${name} ${format}`)!;

describe('the transcript of every content article', () => {
  it.each(articles.flatMap(({ name }) => formats.map((format) => [name, format] as const)))('%s (%s) should read as reviewed', async (name, format) => {
    await expect(`${lines(name, format).join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/transcripts/${name.replace(/\.(md|json)$/, '')}.${format}.txt`);
  });

  it.each(articles.map(({ name, article }) => [name, article] as const))('%s: headline first, then the body, in HTML and AMP', (name, article) => {
    for (const format of formats) {
      const said = lines(name, format);
      const headline = said.indexOf(`heading, ${article.headline}, level 1`);
      expect(headline, format).toBeGreaterThan(-1);
      expect(
        said.findIndex((line) => line.startsWith('heading,')),
        format,
      ).toBe(headline);
      // The first words of the body (its first text node: a link or emphasis is a phrase of its own).
      const first = article.body.find((block) => block.type === 'paragraph');
      const words = first?.children.find((node) => node.type === 'text' && node.value.trim().length >= 10);
      if (words?.type === 'text')
        expect(
          said.findIndex((line) => line.includes(words.value.trim().slice(0, 15))),
          format,
        ).toBeGreaterThan(headline);
    }
  });

  it.each(articles.map(({ name, article }) => [name, article] as const))('%s: every image read once by its alt text, its caption after it; decorative images silent', (name, article) => {
    const images: Array<{ alt: string; decorative: boolean; caption: string | undefined }> = [];
    walk(article, (node) => {
      if (node.type === 'image') images.push({ alt: String(node.alt), decorative: node.decorative === true, caption: node.caption ? inlineText(node.caption as Inline[]) : undefined });
    });
    for (const format of formats) {
      const said = lines(name, format);
      const announced = said.filter((line) => line.startsWith('image,'));
      expect(announced, format).toEqual(images.filter((image) => !image.decorative).map((image) => `image, ${image.alt}`));
      for (const image of images.filter((entry) => entry.caption && !entry.decorative)) {
        const at = said.indexOf(`image, ${image.alt}`);
        const caption = said.findIndex((line, index) => index > at && image.caption!.startsWith(line.slice(0, 20)));
        expect(caption, `${format}: the caption of “${image.alt}”`).toBeGreaterThan(at);
      }
    }
  });

  it('should not read a pull quote twice (it repeats the body and is hidden)', () => {
    const { name, article } = articles.find((entry) => entry.article.body.some((block) => block.type === 'pullquote'))!;
    const quote = article.body.find((block) => block.type === 'pullquote')!;
    const words = inlineText(quote.children).slice(0, 40);
    for (const format of formats)
      expect(
        lines(name, format).filter((line) => line.includes(words)),
        format,
      ).toHaveLength(1);
  });

  it('should announce a switch of language, and the switch back', () => {
    const said = lines('desalination-plant-opens-ar.md', 'html');
    const quote = said.findIndex((line) => line.includes('The plant will be carbon-neutral'));
    expect(said.slice(quote - 1, quote + 2)).toEqual(['language: English', '“The plant will be carbon-neutral from its first day of operation.”', 'language: Arabic']);
  });
});

describe('presswork listen', () => {
  it('prints the transcript of an article’s output, and of a built page', async () => {
    const run = await runCli(['listen', 'content/minimal-brief.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${lines('minimal-brief.md', 'html').join('\n')}\n`);
    const amp = await runCli(['listen', 'content/river-festival-gallery.md', '--format', 'amp'], { cwd: root });
    expect(amp.stdout).toContain('image, Hundreds of paper lanterns floating on a dark river beneath a stone bridge\n');
  });

  it('check --transcripts writes one file per output, named after its source', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'presswork-transcripts-'));
    const run = await runCli(['check', 'content/minimal-brief.md', '--transcripts', dir, '--jobs', '1'], { cwd: root });
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'content/minimal-brief.md.html.txt'), 'utf8')).toBe(`${lines('minimal-brief.md', 'html').join('\n')}\n`);
    expect(await readFile(join(dir, 'content/minimal-brief.md.amp.txt'), 'utf8')).toBe(`${lines('minimal-brief.md', 'amp').join('\n')}\n`);
  });
});
