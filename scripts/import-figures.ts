/**
 * `npm run import:figures`: import Mozilla Readability's test pages and write
 * the per-page figures into docs/importing.md (the corpus test checks they are current).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { figuresEnd, figuresStart, figuresTable, measurePage, pageNames } from '../test/helpers/readability-pages.js';

const doc = resolve(import.meta.dirname, '../docs/importing.md');
const figures = [];
for (const name of pageNames()) figures.push(await measurePage(name));
const text = readFileSync(doc, 'utf8');
const start = text.indexOf(figuresStart);
const end = text.indexOf(figuresEnd);
if (start === -1 || end === -1) throw new Error(`docs/importing.md needs the markers ${figuresStart} and ${figuresEnd}`);
writeFileSync(doc, `${text.slice(0, start + figuresStart.length)}\n\n${figuresTable(figures)}\n\n${text.slice(end)}`);
console.log(`docs/importing.md: figures for ${figures.length} pages written`);
