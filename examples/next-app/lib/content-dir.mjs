import { resolve } from 'node:path';

/** The articles: the repository's content/ (PRESSWORK_CONTENT names another folder). */
export const contentDir = resolve(process.env.PRESSWORK_CONTENT ?? '../../content');
