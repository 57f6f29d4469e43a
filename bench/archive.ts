import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Write `count` articles (the bundled content, re-slugged) to `dir`, for archive-scale runs. */
export async function writeArchive(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const source = new URL('../content/', import.meta.url);
  const files = (await readdir(source)).filter((name) => name.endsWith('.md')).sort();
  const texts = await Promise.all(files.map((name) => readFile(new URL(name, source), 'utf8')));
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const text = texts[index % texts.length]!.replace(/^id: (.*)$/m, `id: $1-${index}`).replace(/^slug: (.*)$/m, `slug: $1-${index}`);
      return writeFile(join(dir, `article-${String(index).padStart(5, '0')}.md`), text);
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'archive', count = '2000'] = process.argv.slice(2);
  await writeArchive(dir, Number(count));
  console.log(`Wrote ${count} articles to ${dir}`);
}
