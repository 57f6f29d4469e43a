import Link from 'next/link';
import { articles, site } from '../lib/articles';

export default async function Home() {
  const all = [...(await articles()).values()];
  return (
    <main id="main">
      <h1>{site.name}</h1>
      <ul>
        {all.map((article) => (
          <li key={article.slug} lang={article.language} dir={article.direction}>
            <Link href={`/news/${article.slug}`}>{article.headline}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
