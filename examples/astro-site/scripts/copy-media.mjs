// The articles' media (`./media/…`) sit beside the pages that use them: /news/media/….
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';

cpSync(`${resolve(process.env.PRESSWORK_CONTENT ?? '../../content')}/media`, 'public/news/media', { recursive: true });
