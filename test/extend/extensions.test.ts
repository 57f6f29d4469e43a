import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import * as z from 'zod';
import { checkArticle, createChecker } from '../../src/a11y/index.js';
import {
  articleJsonSchema,
  createPresswork,
  defineBlock,
  defineInline,
  ExtensionDefinitionError,
  h,
  parseArticle,
  renderAmp,
  renderHtml,
  renderText,
  safeParseArticle,
  validateAmp,
  type Article,
} from '../../src/index.js';
import { fromPortableText, toPortableText } from '../../src/import/index.js';
import { acme, poll } from '../../examples/acme-extensions/src/index.js';
import { validArticle } from '../helpers/articles.js';

const root = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(root, 'test/fixtures/extend/budget-poll.md'), 'utf8');
const presswork = createPresswork(acme);
const pollBlock = {
  type: 'acme:poll',
  question: 'Raise the budget?',
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
  resultsUrl: 'https://polls.example.com/budget',
};
const withBody = (...body: unknown[]) => ({ ...validArticle(), body });

describe('defineBlock and defineInline', () => {
  const base = { type: 'acme:quiz', schema: z.object({}), html: () => undefined, amp: 'omit-with-fallback', text: () => [] } as const;
  it('should refuse a definition that would lose the block in some output or cannot validate it', () => {
    expect(() => defineBlock({ ...base, text: undefined as never })).toThrow(/`text` handler is required/);
    expect(() => defineBlock({ ...base, amp: undefined as never })).toThrow(/`amp` must be a handler or 'omit-with-fallback'/);
    expect(() => defineBlock({ ...base, type: 'quiz' as never })).toThrow(/namespaced `type` such as `acme:poll`/);
    expect(() => defineBlock({ ...base, type: 'Acme:Quiz' as never })).toThrow(ExtensionDefinitionError);
    expect(() => defineBlock({ ...base, schema: {} as never })).toThrow(/Standard Schema/);
    expect(() => defineInline({ type: 'acme:x', schema: z.object({}), html: () => undefined, text: undefined as never })).toThrow(/`text` handler/);
  });

  it('should refuse a type registered twice, and entries not made by defineBlock', () => {
    expect(() => createPresswork({ blocks: [poll, poll] })).toThrow(/`acme:poll` is registered twice/);
    expect(() => createPresswork({ blocks: [{ type: 'acme:poll' } as never] })).toThrow(/must come from `defineBlock`/);
    expect(() => createPresswork({ unknown: 'ignore' as never })).toThrow(/'error' or 'warn'/);
  });

  it('should take any Standard Schema validator (valibot here), with its messages and paths', () => {
    const rating = defineBlock({
      type: 'acme:rating',
      schema: v.strictObject({ stars: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), of: v.string() }),
      html: (_state, node) => h('p', `${node.stars} stars for ${node.of}`),
      amp: (_state, node) => h('p', `${node.stars} stars for ${node.of}`),
      text: (_state, node) => [{ text: `${node.stars} stars for ${node.of}` }],
    });
    const withRating = createPresswork({ blocks: [rating] });
    const good = withRating.parseArticle(withBody({ type: 'acme:rating', stars: 4, of: 'the new bridge' }));
    expect(withRating.renderText(good)).toContain('4 stars for the new bridge');
    const bad = withRating.safeParseArticle(withBody({ type: 'acme:rating', stars: 9, of: 'x' }));
    expect(!bad.success && bad.issues).toEqual([expect.objectContaining({ path: 'body[0].stars', code: 'extension', message: expect.stringContaining('`acme:rating`') })]);
  });
});

describe('validation with extensions', () => {
  it('should accept registered blocks and inline nodes anywhere blocks and inline content go', () => {
    const ticker = { type: 'acme:ticker', symbol: 'RVTN', company: 'Riverton Construction' };
    const article = presswork.parseArticle(
      withBody(
        { type: 'paragraph', children: [{ type: 'text', value: 'Shares of ' }, ticker] },
        pollBlock,
        { type: 'list', ordered: false, items: [[pollBlock]] },
        { type: 'factbox', title: 'Facts', children: [pollBlock, { type: 'paragraph', children: [{ type: 'strong', children: [ticker] }] }] },
        { type: 'blockquote', children: [pollBlock] },
      ),
    );
    expect(article.body[1]).toEqual(pollBlock);
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'acme:poll', 'list', 'factbox', 'blockquote']);
  });

  it('should name the exact path and what its schema expected for a bad extension node, with the article’s other problems', () => {
    const result = presswork.safeParseArticle({ ...withBody({ ...pollBlock, options: [{ id: 'yes', label: 'Yes' }] }, { ...pollBlock, resultsUrl: 'http://x.example' }), headline: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['body[0].options', 'body[1].resultsUrl', 'headline']);
  });

  it('should reject an unregistered extension type by default, saying how to register it', () => {
    for (const result of [safeParseArticle(withBody(pollBlock)), createPresswork().safeParseArticle(withBody(pollBlock))]) {
      expect(!result.success && result.issues).toEqual([
        expect.objectContaining({ path: 'body[0].type', code: 'unknown_type', message: expect.stringMatching(/Unknown extension type `acme:poll`.*createPresswork/) }),
      ]);
    }
  });

  it('should reject a block type used inline and an inline type used as a block', () => {
    const result = presswork.safeParseArticle(withBody({ type: 'paragraph', children: [pollBlock] }, { type: 'acme:ticker', symbol: 'X', company: 'X Corp' }));
    expect(!result.success && result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['body[0].children[0]', '`acme:poll` is a block type: it cannot stand in inline content'],
      ['body[1]', '`acme:ticker` is an inline type: it cannot stand where blocks go'],
    ]);
  });

  it('should still report a misspelt built-in type as one (extension types have a `:`)', () => {
    const result = presswork.safeParseArticle(withBody({ type: 'paragrph', children: [] }));
    expect(!result.success && result.issues[0]?.message).toMatch(/Unknown block type `paragrph`. Did you mean `paragraph`\?/);
  });

  it('should allow extension nodes in the published JSON Schema', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(articleJsonSchema());
    expect(validate(withBody(pollBlock, { type: 'paragraph', children: [{ type: 'acme:ticker', symbol: 'X' }] })), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withBody({ type: 'poll' }))).toBe(false);
  });
});

describe('the unknown-type policy `warn`', () => {
  const lenient = createPresswork({ unknown: 'warn' });
  const article = () => {
    const result = lenient.safeParseArticle(withBody({ type: 'paragraph', children: [{ type: 'text', value: 'Before.' }] }, { ...pollBlock, note: 'Closes Friday' }));
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    return result;
  };

  it('should keep the block, with a notice naming it', () => {
    const { article: value, notices } = article();
    expect(value.body[1]).toMatchObject({ type: 'acme:poll', note: 'Closes Friday' });
    expect(notices).toEqual([expect.objectContaining({ path: 'body[1]', code: 'unknown_type', message: expect.stringContaining('`acme:poll`') })]);
  });

  it('should render its words and links in every output instead of dropping it, and warn', () => {
    const { article: value } = article();
    const warnings: string[] = [];
    const html = lenient.renderHtml(value, { onWarning: (message) => warnings.push(message) });
    const amp = lenient.renderAmp(value);
    const text = lenient.renderText(value);
    for (const output of [html, amp]) {
      expect(output).toContain(
        '<div class="pw-fallback" data-type="acme:poll"><p>Raise the budget? yes Yes no No <a href="https://polls.example.com/budget">https://polls.example.com/budget</a> Closes Friday</p></div>',
      );
    }
    expect(text.replace(/\s+/g, ' ')).toContain('Raise the budget? yes Yes no No <https://polls.example.com/budget> Closes Friday');
    expect(warnings).toEqual(['No handler for extension block `acme:poll`: rendered its text as a fallback']);
    expect(validateAmp(amp)).toEqual([]);
  });
});

describe('rendering registered types', () => {
  const article = presswork.parseMarkdownArticle(source, { file: 'budget-poll.md' });

  it('should read `::type{…}` directives, attributes as numbers where they are numbers', () => {
    expect(article.body.map((block) => block.type)).toEqual(['paragraph', 'acme:poll', 'acme:map', 'paragraph']);
    expect(article.body[2]).toMatchObject({ image: { width: 1200, height: 800 } });
    expect(article.body[1]).toMatchObject({ question: 'Should the council raise the levee budget by 4 per cent?', options: [{ label: 'Yes, raise it' }, { label: 'No, keep it as it is' }] });
  });

  it('should render each with its handler: HTML, AMP (handler or fallback) and text', () => {
    const html = presswork.renderHtml(article, { fragment: true });
    expect(html).toContain('<legend>Should the council raise the levee budget by 4 per cent?</legend>');
    expect(html).toContain('<a href="https://quotes.example.com/RVTN"><abbr class="acme-ticker" title="Riverton Construction">RVTN</abbr></a>');
    const amp = presswork.renderAmp(article);
    expect(amp).not.toContain('<form');
    expect(amp).toContain('<a href="https://news.example.com/local/2026/11/20/levee-budget-poll">Poll: See it in the full article</a>');
    expect(amp).toContain('<amp-img src="https://maps.example.com/riverton-levee.png"');
    expect(validateAmp(amp)).toEqual([]);
    expect(presswork.renderText(article)).toContain(
      'Poll: Should the council raise the levee budget by 4 per cent?\n- Yes, raise it\n- No, keep it as it is\nVote and see the results <https://polls.example.com/levee-budget>',
    );
  });

  it('should render unregistered (when rendering without the registry) as fallback rather than throw', () => {
    expect(renderHtml(article)).toContain('data-type="acme:poll"');
    expect(renderText(article)).toContain('Should the council raise the levee budget by 4 per cent?');
    expect(validateAmp(renderAmp(article))).toEqual([]);
  });

  it('should keep code that shows the directive syntax verbatim', () => {
    const withCode = source.replace('Council members', '```md\n::acme:map{title="x"}\n```\n\nCouncil members');
    const read = presswork.parseMarkdownArticle(withCode);
    expect(read.body.find((block) => block.type === 'code')).toEqual({ type: 'code', language: 'md', value: '::acme:map{title="x"}' });
  });

  it('should lint the fields an extension names, at their paths', () => {
    const repeated = { ...article, body: [{ ...pollBlock, question: 'Should the the council act?' }] } as Article;
    const findings = presswork.lintArticle(repeated).filter((finding) => finding.ruleId === 'repeated-words');
    expect(findings.map((finding) => finding.path)).toEqual(['body[0].question']);
    expect(
      createPresswork()
        .lintArticle(repeated)
        .filter((finding) => finding.ruleId === 'repeated-words'),
    ).toEqual([]);
  });

  it('should carry extension blocks and inline nodes through Portable Text and back', () => {
    const blocks = toPortableText(article.body);
    const back = fromPortableText(blocks);
    expect(back.issues).toEqual([]);
    expect(presswork.parseArticle({ ...validArticle(), body: back.body }).body).toEqual(article.body);
  });

  describe('accessibility', () => {
    const checker = createChecker();
    afterAll(() => checker.close());
    it('should pass axe in every format with the example extensions', async () => {
      for (const report of await checkArticle(article, { checker, extensions: presswork.extensions })) {
        expect(report.violations.map((violation) => `${report.format} ${violation.id}`)).toEqual([]);
      }
    });
  });
});

it('should type-check a plain article unchanged (no extension costs a field)', () => {
  expect(parseArticle(validArticle()).body).toEqual(validArticle().body);
});

it('should say the Markdown writer does not write extension nodes, naming each (the JSON form carries them)', async () => {
  const { writeMarkdownArticle } = await import('../../src/index.js');
  const article = presswork.parseMarkdownArticle(source);
  expect(() => writeMarkdownArticle(article)).toThrow(/body\[0\]\.children\[1\]: `acme:ticker` is an extension type[\s\S]*body\[1\]: `acme:poll` is an extension type/);
});
