import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://news.example.com',
  // news/<slug>.html, so an article's `./media/…` is /news/media/… as on the Next.js example.
  build: { format: 'file' },
  // presswork reads content/ from disk with presswork/node: load it from node_modules instead of bundling it.
  vite: { ssr: { external: ['presswork'] } },
});
