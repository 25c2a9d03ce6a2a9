import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '../../portal/pages');

/** A sample-portal page parsed into its own document (as the browser would, minus scripts). */
export function portalPage(path: string): Document {
  return parseHtml(readFileSync(join(PAGES, path), 'utf8'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
