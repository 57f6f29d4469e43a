import { describe, expect, it } from 'vitest';
import { lintArticle, type LintFinding, type LintOptions } from '../../src/index.js';
import { articleWith, validImage } from '../helpers/articles.js';

const text = (value: string) => ({ type: 'text', value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children: children.map((child) => (typeof child === 'string' ? text(child) : child)) });
const link = (url: string, words: string) => ({ type: 'link', url, children: [text(words)] });
const span = (lang: string, words: string) => ({ type: 'span', lang, children: [text(words)] });

/** Findings of one rule (the others switched off) on a body. */
function lint(rule: string, body: unknown[], fields: Record<string, unknown> = {}, options: LintOptions = {}): LintFinding[] {
  return lintArticle(articleWith(body, fields), options).filter((finding) => finding.ruleId === rule);
}
const words = (findings: LintFinding[]) => findings.map((finding) => finding.text);

describe('sensory-language', () => {
  it('should flag positions, colours and gestures on the screen', () => {
    const found = lint('sensory-language', [
      paragraph('Watch the meeting in the player above.'),
      paragraph('The flood zones are shown in red on the map.'),
      paragraph('Click the blue button on the right to donate.'),
      paragraph('As shown below, the river rose fast. Scroll down for more.'),
      paragraph('See the red line for the old levee.'),
    ]);
    expect(words(found)).toEqual(['player above', 'shown in red', 'Click the blue button on the right', 'shown below', 'Scroll down', 'See the red line']);
    expect(found[0]).toMatchObject({ severity: 'warning', path: 'body[0]', wcag: ['1.3.3', '1.4.1'] });
  });

  it('should leave physical places, quotations and other languages alone', () => {
    expect(
      lint('sensory-language', [
        paragraph('The water rose above the bridge and stayed below average.'),
        paragraph('The photo above the fireplace survived.'),
        paragraph('“Look at the player above,” she said.'),
        paragraph('Temperatures fell below zero.'),
      ]),
    ).toEqual([]);
    expect(lint('sensory-language', [paragraph('Regardez la vidéo ci-dessus.')], { language: 'fr', headline: 'La vidéo' })).toEqual([]);
  });

  it('should take a language’s phrases from the `phrases` option', () => {
    const found = lint(
      'sensory-language',
      [paragraph('Regardez la vidéo ci-dessus.')],
      { language: 'fr', headline: 'La vidéo' },
      { rules: { 'sensory-language': ['warning', { phrases: [String.raw`vidéo ci-dessus`] }] } },
    );
    expect(words(found)).toEqual(['vidéo ci-dessus']);
  });
});

describe('boilerplate-residue', () => {
  it('should flag feed and page furniture, with a safe removal where nothing of the story is lost', () => {
    const found = lint('boilerplate-residue', [
      paragraph('The council met.'),
      paragraph('READ MORE: EU leaders hold emergency summit'),
      paragraph('LEAVE A REPLY'),
      paragraph('Please enter your comment! Please enter your name here'),
      paragraph('Advertisement'),
      paragraph('Share on Facebook'),
      paragraph('Click here to subscribe to our newsletter'),
      paragraph('(AP Photo/Jane Doe)'),
    ]);
    expect(found.map((finding) => finding.path)).toEqual(['body[1]', 'body[2]', 'body[3]', 'body[4]', 'body[5]', 'body[6]', 'body[7]']);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
    expect(found.map((finding) => finding.fix?.safe ?? null)).toEqual([null, true, true, true, true, true, false].map((safe) => (safe === false ? null : safe)));
    expect(found[1]!.fix).toMatchObject({ kind: 'remove', segments: ['body', 2] });
  });

  it('should leave news that mentions the words alone', () => {
    expect(
      lint('boilerplate-residue', [
        paragraph('The advertisement ran in three papers before the vote.'),
        paragraph('Readers can leave a reply on the council’s site, the clerk said.'),
        paragraph('Share prices fell.'),
      ]),
    ).toEqual([]);
  });
});

describe('name-consistency', () => {
  it('should flag the minority spelling and suggest the majority one, not as a safe fix', () => {
    const found = lint('name-consistency', [paragraph('Defence Secretary John Healey arrived.'), paragraph('Healey spoke first.'), paragraph('Healy told reporters the talks went well.')]);
    expect(words(found)).toEqual(['Healy']);
    expect(found[0]!.message).toContain('“Healey” (2 times)');
    expect(found[0]!.fix).toMatchObject({ kind: 'replace', find: 'Healy', replace: 'Healey', safe: false, segments: ['body', 2, 'children', 0, 'value'] });
  });

  it('should leave derived words, sentence-initial common words, and quotations alone', () => {
    expect(
      lint('name-consistency', [
        paragraph('Russia and Russian officials met Ukrainian and Ukrainians.'),
        paragraph('Then the vote. They left. Where to? There, said Anna.'),
        paragraph('He met Zelenskyy. “Zelensky is right,” the aide said.'),
      ]),
    ).toEqual([]);
  });

  it('should name both on a tie, without a suggestion', () => {
    const found = lint('name-consistency', [paragraph('Mayor Anna Kovacs spoke.'), paragraph('Later, Mayor Kovaks left.')]);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('should work in Cyrillic text', () => {
    expect(words(lint('name-consistency', [paragraph('Министр Шойгу приехал. Министр Шойгу уехал. Потом Шойга вернулся.')], { language: 'ru', headline: 'Министр вернулся' }))).toEqual(['Шойга']);
  });
});

describe('repeated-words', () => {
  it('should offer a safe fix outside quotations', () => {
    const [finding] = lint('repeated-words', [paragraph('The council met on on Tuesday.')]);
    expect(finding).toMatchObject({ text: 'on on', severity: 'warning', fix: { kind: 'replace', find: 'on on', replace: 'on', safe: true, offset: 16 } });
  });

  it('should suggest [sic] inside a quotation, and accept it once written', () => {
    const [finding] = lint('repeated-words', [paragraph('“And I say to you that we we have,” he said.')]);
    expect(finding!.message).toContain('[sic]');
    expect(finding!.fix).toMatchObject({ replace: 'we we [sic]', safe: false });
    expect(lint('repeated-words', [paragraph('“And I say to you that we we [sic] have,” he said.')])).toEqual([]);
    expect(lint('repeated-words', [{ type: 'blockquote', children: [paragraph('the the')] }])[0]!.fix?.safe).toBe(false);
  });

  it('should leave grammatical repeats and unspaced scripts alone', () => {
    expect(lint('repeated-words', [paragraph('They had had enough. He said that that was final. Duran Duran played.')])).toEqual([]);
    expect(lint('repeated-words', [paragraph('東京東京に行きました。')], { language: 'ja', headline: '東京' })).toEqual([]);
  });

  it('should work in right-to-left text', () => {
    expect(words(lint('repeated-words', [paragraph('قال الوزير إن إن المحطة جاهزة.')], { language: 'ar', headline: 'المحطة جاهزة' }))).toEqual(['إن إن']);
  });
});

describe('alt-text-quality', () => {
  const image = (fields: Record<string, unknown>) => ({ ...validImage(), ...fields });
  it('should flag file names, URLs, placeholders, “photo of”, copies of the caption, long alt and gallery repeats', () => {
    const found = lint('alt-text-quality', [
      image({ alt: 'IMG_2041.jpg' }),
      image({ alt: 'https://media.example.com/a.jpg' }),
      image({ alt: 'image' }),
      image({ alt: 'Photo of a heron on a post' }),
      image({ alt: 'A heron', caption: [text('A heron.')] }),
      image({ alt: 'A'.repeat(260) }),
      { type: 'gallery', images: [image({ alt: 'The festival crowd' }), image({ alt: 'The festival crowd' })] },
      image({ alt: 'A heron', decorative: true }),
    ]);
    expect(found.map((finding) => [finding.path, finding.severity])).toEqual([
      ['body[0].alt', 'error'],
      ['body[1].alt', 'error'],
      ['body[2].alt', 'error'],
      ['body[3].alt', 'warning'],
      ['body[4].alt', 'warning'],
      ['body[5].alt', 'warning'],
      ['body[6].images[1].alt', 'warning'],
      ['body[7].alt', 'warning'],
    ]);
    expect(found[3]!.fix).toMatchObject({ find: 'Photo of ', replace: '', safe: false });
  });

  it('should pass alt text that describes, in any script', () => {
    expect(lint('alt-text-quality', [image({ alt: 'A grey heron standing on a post in the river' }), image({ alt: 'مالك حزين رمادي على عمود' }), image({ alt: '', decorative: true })])).toEqual([]);
  });
});

describe('link-text', () => {
  it('should flag vague text, bare URLs and one text for two places', () => {
    const found = lint('link-text', [
      paragraph('Read the report ', link('https://a.example/r', 'here'), '.'),
      paragraph('See ', link('https://a.example/x', 'https://a.example/x'), '.'),
      paragraph(link('https://a.example/1', 'the budget'), ' and ', link('https://a.example/2', 'the budget'), '.'),
    ]);
    expect(found.map((finding) => [finding.text, finding.severity])).toEqual([
      ['here', 'warning'],
      ['https://a.example/x', 'info'],
      ['the budget', 'info'],
    ]);
  });

  it('should pass descriptive links, and the same text for the same place', () => {
    expect(lint('link-text', [paragraph(link('https://a.example/r', 'the council’s budget report'), ' and ', link('https://a.example/r#p2', 'the council’s budget report'))])).toEqual([]);
  });
});

describe('language-of-parts', () => {
  it('should flag other scripts and clear other-language sentences that are not marked', () => {
    const found = lint('language-of-parts', [
      paragraph('The banner read Москва and the crowd cheered.'),
      paragraph('The sign said مرحبا بالعالم in large letters.'),
      paragraph('The menu offered 日本語の文章 to visitors.'),
      paragraph('The mayor said it in French. Le maire a déclaré que la digue serait reconstruite avant l’hiver.'),
    ]);
    expect(words(found)).toEqual(['Москва', 'مرحبا بالعالم', '日本語の文章', 'Le maire a déclaré que la digue serait reconstruite avant l’hiver.']);
    expect(found[1]!.message).toContain('lang=ar');
    expect(found[2]!.message).toContain('lang=ja');
    expect(found[3]!.message).toContain('lang=fr');
  });

  it('should pass marked passages, English prose with names, and Latin names in an Arabic article', () => {
    expect(
      lint('language-of-parts', [
        paragraph('The banner read ', span('ru', 'Москва'), ' and the crowd cheered.'),
        paragraph(span('fr', 'Le maire a déclaré que la digue serait reconstruite avant l’hiver.')),
        paragraph('On Monday, Trump ordered a pause to U.S. military supplies to Ukraine as he sought to press President Volodymyr Zelenskyy.'),
        paragraph('Use ', { type: 'code', value: 'привет' }, ' as the key.'),
      ]),
    ).toEqual([]);
    expect(lint('language-of-parts', [paragraph('قالت المديرة إن شركة Siemens Energy ستبني المحطة.')], { language: 'ar', headline: 'المحطة جاهزة' })).toEqual([]);
    expect(words(lint('language-of-parts', [paragraph('وجاء في البيان: The plant will be carbon-neutral.')], { language: 'ar', headline: 'المحطة جاهزة' }))).toEqual([
      'The plant will be carbon-neutral',
    ]);
  });

  it('should accept Japanese text mixing Han and kana, and flag Hangul in it', () => {
    expect(lint('language-of-parts', [paragraph('東京で会議が開かれました。')], { language: 'ja', headline: '東京の会議' })).toEqual([]);
    expect(words(lint('language-of-parts', [paragraph('東京で한국어の会議が開かれました。')], { language: 'ja', headline: '東京の会議' }))).toEqual(['한국어']);
  });
});

describe('readability', () => {
  const short = 'The river rose. The town was safe. People went home.';
  const long =
    'Notwithstanding considerable institutional apprehension regarding the comprehensive infrastructural rehabilitation programme, municipal representatives unanimously authorised supplementary appropriations for environmental remediation, hydrological monitoring and administrative coordination.';
  it('should report the article above college level', () => {
    expect(lint('readability', [paragraph(long)]).map((finding) => [finding.path, finding.severity])).toEqual([['body', 'info']]);
  });

  it('should report a paragraph far above the article, as info', () => {
    const found = lint('readability', [...Array.from({ length: 8 }, () => paragraph(short)), paragraph(long)]);
    expect(found.map((finding) => [finding.path, finding.severity])).toEqual([['body[8]', 'info']]);
    expect(found[0]!.message).toMatch(/grade \d+/);
  });

  it('should stay quiet on even text and in languages it does not grade', () => {
    expect(lint('readability', [paragraph(short), paragraph(short)])).toEqual([]);
    expect(lint('readability', [paragraph(long)], { language: 'de', headline: 'Der Fluss' })).toEqual([]);
  });
});

describe('heading-structure, captions and capitals', () => {
  const heading = (level: number, words: string) => ({ type: 'heading', level, children: [text(words)] });
  it('should flag empty sections and duplicate headings', () => {
    const found = lint('heading-structure', [heading(2, 'Costs'), heading(2, 'Timeline'), paragraph('Soon.'), heading(2, 'Costs'), paragraph('High.')]);
    expect(found.map((finding) => finding.path)).toEqual(['body[0]', 'body[3]']);
  });

  it('should flag captions without words, copies of the credit, and repeats', () => {
    const image = (caption: string, credit?: string) => ({ ...validImage(), caption: [text(caption)], ...(credit && { credit }) });
    const found = lint('empty-or-duplicate-captions', [image('—'), image('Jane Doe', 'Jane Doe'), image('The crowd.'), image('The crowd.'), image('The stage.')]);
    expect(found.map((finding) => finding.path)).toEqual(['body[0].caption', 'body[1].caption', 'body[3].caption']);
  });

  it('should flag runs of capitals, not acronyms', () => {
    expect(words(lint('all-caps-text', [paragraph('THE COUNCIL VOTED TONIGHT to fund it.')]))).toEqual(['THE COUNCIL VOTED TONIGHT']);
    expect(lint('all-caps-text', [paragraph('NATO, the EU and the UN met. The US and UK agreed.')])).toEqual([]);
  });
});

describe('configuration', () => {
  it('should turn rules off, change severities, and reject unknown rules and severities', () => {
    const body = [paragraph('Read it ', link('https://a.example', 'here'), '.')];
    expect(lint('link-text', body, {}, { rules: { 'link-text': 'off' } })).toEqual([]);
    expect(lint('link-text', body, {}, { rules: { 'link-text': 'error' } })[0]!.severity).toBe('error');
    expect(() => lintArticle(articleWith(body), { rules: { 'link-txt': 'off' } })).toThrow(/Unknown lint rule `link-txt`/);
    expect(() => lintArticle(articleWith(body), { rules: { 'link-text': 'fatal' as never } })).toThrow(/Unknown severity `fatal`/);
  });
});

describe('right-to-left and CJK articles', () => {
  const he = { language: 'he', headline: 'המועצה אישרה את התקציב' };
  const ja = { language: 'ja', headline: '議会が予算を承認' };
  const heading = (words: string) => ({ type: 'heading', level: 2, children: [text(words)] });
  const image = (alt: string, caption?: string) => ({ ...validImage(), alt, ...(caption && { caption: [text(caption)] }) });

  it('should find nothing in clean Hebrew and Japanese articles', () => {
    const hebrew = [
      heading('הרקע'),
      paragraph('המועצה אישרה ביום שלישי את תקציב הסוללה. ראש העיר אמר כי העבודות יתחילו באביב.'),
      image('סוללת עפר לאורך הנהר', 'הסוללה בצפון העיר.'),
      paragraph('קראו את ', link('https://news.example.com/budget', 'דוח התקציב המלא'), '.'),
    ];
    const japanese = [
      heading('背景'),
      paragraph('市議会は火曜日、堤防の予算を承認した。市長は春に工事を始めると述べた。'),
      image('川沿いの土の堤防', '市の北側の堤防。'),
      paragraph(link('https://news.example.com/budget', '予算報告書の全文'), 'を読む。'),
    ];
    expect(lintArticle(articleWith(hebrew, he)).filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(lintArticle(articleWith(japanese, ja)).filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('should flag the language-independent problems in them', () => {
    const rules = (findings: LintFinding[]) => findings.map((finding) => `${finding.ruleId} ${finding.path}`).sort();
    const hebrew = [
      heading('הרקע'),
      heading('הרקע'),
      paragraph('המועצה אישרה אישרה את התקציב.'),
      image('IMG_2041.jpg'),
      image('סוללה', 'הסוללה.'),
      image('נהר', 'הסוללה.'),
      paragraph('ראו ', link('https://a.example/x', 'https://a.example/x'), ' ו-Москва.'),
    ];
    expect(rules(lintArticle(articleWith(hebrew, he)))).toEqual([
      'alt-text-quality body[3].alt',
      'empty-or-duplicate-captions body[5].caption',
      'heading-structure body[0]',
      'heading-structure body[1]',
      'language-of-parts body[6]',
      'link-text body[6]',
      'repeated-words body[2]',
    ]);
    const japanese = [heading('背景'), heading('背景'), paragraph('市長は한국어で述べた。'), image('photo.png'), image('堤防', '北側の堤防。'), image('川', '北側の堤防。')];
    expect(rules(lintArticle(articleWith(japanese, ja)))).toEqual([
      'alt-text-quality body[3].alt',
      'empty-or-duplicate-captions body[5].caption',
      'heading-structure body[0]',
      'heading-structure body[1]',
      'language-of-parts body[2]',
    ]);
  });
});
