/**
 * The fixtures: PTV open API answers in the shapes real ones have (v11 pages, a v8 export
 * and a v11 service), with fictional values. Where each shape comes from is in
 * `../fixtures/README.md`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const ROOT = join(FIXTURES, '../../../..');
export const CLI = join(FIXTURES, '../../src/cli.ts');

const read = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8'));

export const v11Page = (n: 1 | 2 | 3) => read(`v11/channels/page-${n}.json`) as { pageNumber: number; pageCount: number; itemList: Array<Record<string, unknown>> };
export const v11Pages = () => [v11Page(1), v11Page(2), v11Page(3)];
export const v8Export = () => read('v8/channels.json') as { itemList: Array<Record<string, unknown>> };
export const v11Service = () => read('v11/service.json') as Record<string, unknown>;

/** The channel id of the fixtures' n-th v11 channel. */
export const v11Id = (n: number) => `5a1c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
