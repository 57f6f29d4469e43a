// A hand-written React version of the benchmark article that renders the same markup as
// `renderHtml(article, { fragment: true })` (bench/render.ts checks it before measuring): what a
// site would write by hand instead of `presswork/react`, for the block and inline types the
// benchmark article uses.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatDate, type Article, type Block, type Inline, type LeadMedia } from '../src/index.js';

function InlineNodes({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return nodes.map((node, index) => {
    if (node.type === 'text') return node.value;
    if (node.type === 'link')
      return (
        <a key={index} href={node.url}>
          <InlineNodes nodes={node.children} />
        </a>
      );
    if (node.type === 'emphasis')
      return (
        <em key={index}>
          <InlineNodes nodes={node.children} />
        </em>
      );
    if (node.type === 'strong')
      return (
        <strong key={index}>
          <InlineNodes nodes={node.children} />
        </strong>
      );
    throw new Error(`the hand-written version has no ${node.type}`);
  });
}

function BodyBlock({ block }: { block: Block }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineNodes nodes={block.children} />
        </p>
      );
    case 'relatedLink':
      return (
        <aside className="pw-related">
          <p>
            <span className="pw-related-label">Read more</span>: <a href={block.url}>{block.headline}</a>
          </p>
        </aside>
      );
    case 'image':
      return (
        <figure className="pw-image">
          <img src={block.src} alt={block.alt} width={block.width} height={block.height} loading="lazy" decoding="async" />
          <figcaption>
            <span className="pw-caption">
              <InlineNodes nodes={block.caption ?? []} />
            </span>{' '}
            <span className="pw-credit">Credit: {block.credit}</span>
          </figcaption>
        </figure>
      );
    default:
      throw new Error(`the hand-written version has no ${block.type}`);
  }
}

function Lead({ lead }: { lead: LeadMedia }): ReactNode {
  if (lead.type !== 'video') throw new Error('the hand-written version has only a video lead');
  const source = lead.sources![0]!;
  const captions = lead.captions![0]!;
  return (
    <div className="pw-lead">
      <figure className="pw-video">
        <video controls preload="metadata" width={lead.width} height={lead.height} poster={lead.poster?.src} title={lead.title}>
          <source src={source.src} type={source.type} />
          <track kind={captions.kind} src={captions.src} srcLang={captions.srclang} label={captions.label} default />
          <a href={source.src}>Download the file: {lead.title}</a>
        </video>
        <figcaption>
          <p className="pw-media-title">{lead.title}</p>
          <p className="pw-media-caption">
            <span className="pw-caption">
              <InlineNodes nodes={lead.caption ?? []} />
            </span>
          </p>
        </figcaption>
      </figure>
    </div>
  );
}

export function HandWrittenArticle({ article }: { article: Article }): ReactNode {
  return (
    <article className="pw-article" lang={article.language} dir={article.direction}>
      <header className="pw-header">
        <p className="pw-kicker">{article.kicker}</p>
        <h1 className="pw-headline">{article.headline}</h1>
        <p className="pw-dek">
          <InlineNodes nodes={article.dek ?? []} />
        </p>
        <p className="pw-source">Source: {article.source?.name}</p>
        <p className="pw-dates">
          Published <time dateTime={article.published}>{formatDate(article.published, article.language)}</time>
        </p>
      </header>
      {article.lead && <Lead lead={article.lead} />}
      <div className="pw-body">
        {article.body.map((block, index) => (
          <BodyBlock key={index} block={block} />
        ))}
      </div>
      <footer className="pw-footer">
        <p className="pw-section">
          <a href={article.section?.url}>{article.section?.name}</a>
        </p>
        <ul className="pw-tags">
          {article.tags?.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
        <p className="pw-rights">
          <small>{article.rights?.copyright}</small>
        </p>
      </footer>
    </article>
  );
}

export const renderHandWrittenReact = (article: Article) => renderToStaticMarkup(<HandWrittenArticle article={article} />);
