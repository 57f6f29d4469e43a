import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { newsArticleData } from 'presswork';
import { Article } from 'presswork/react';
import { articles, site } from '../../../lib/articles';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return [...(await articles()).keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = (await articles()).get((await params).slug);
  return article ? { title: article.headline } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = (await articles()).get((await params).slug);
  if (!article) notFound();
  // Structured data for search engines, with `<` escaped so no string can close the script.
  const jsonLd = JSON.stringify(newsArticleData(article, site)).replace(/</g, '\\u003c');
  return (
    <main id="main">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Article article={article} site={site} />
    </main>
  );
}
