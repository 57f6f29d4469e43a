import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonArticle, parseMarkdownArticle, renderHtml } from '../../src/index.js';

const docs = resolve(import.meta.dirname, '../../docs');
const fenced = (text: string, fence: string, language: string) => [...text.matchAll(new RegExp(`^${fence}${language}(?: [^\\n]*)?\\n([\\s\\S]*?)^${fence}$`, 'gm'))].map((match) => match[1]!);

describe('documentation examples', () => {
  it('should parse the complete Markdown example in docs/authoring.md', async () => {
    const [example] = fenced(await readFile(resolve(docs, 'authoring.md'), 'utf8'), '~~~', 'markdown');
    const article = parseMarkdownArticle(example!, { file: 'authoring.md' });
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'blockquote',
      'pullquote',
      'list',
      'factbox',
      'table',
      'image',
      'video',
      'relatedLink',
      'paragraph',
      'divider',
      'code',
    ]);
    expect(renderHtml(article)).toContain('<h1 class="pw-headline">How a small town learned to let its river flood</h1>');
  });

  it('should parse the JSON example in docs/authoring.md', async () => {
    const [example] = fenced(await readFile(resolve(docs, 'authoring.md'), 'utf8'), '```', 'json').filter((block) => block.includes('schemaVersion'));
    expect(parseJsonArticle(example!).slug).toBe('town-bridge-reopens');
  });

  it('should parse the article in docs/getting-started.md', async () => {
    const [example] = fenced(await readFile(resolve(docs, 'getting-started.md'), 'utf8'), '```', 'markdown');
    expect(parseMarkdownArticle(example!).headline).toBe('Town bridge reopens after repairs');
  });
});
