// Types of doc-links.mjs for .storybook/main.ts (the project type-checks TypeScript only).
import type { Plugin } from 'vite';

export const DOCS_URL: string;
export const SITE_FILES: Record<string, string>;
export function docsId(title: string): string;
export function docPages(root: string): Map<string, string>;
export function rewriteLinks(markdown: string, file: string, pages: Map<string, string>): { text: string; unresolved: string[] };
export function docLinksPlugin(root: string): Plugin;
