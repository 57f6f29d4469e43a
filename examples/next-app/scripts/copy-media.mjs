// The articles' media (`./media/…`) sit beside the pages that use them: /news/media/….
import { cpSync } from 'node:fs';
import { contentDir } from '../lib/content-dir.mjs';

cpSync(`${contentDir}/media`, 'public/news/media', { recursive: true });
