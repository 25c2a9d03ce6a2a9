import type { SiteOverride } from './overrides';

/**
 * The override for a URL: the one with the longest matching prefix. Kept apart from overrides.ts
 * (the schemas the options page validates with) so the content script does not carry zod.
 */
export function overrideFor(url: string, overrides: readonly SiteOverride[]): SiteOverride | undefined {
  return overrides
    .filter((override) => url.startsWith(override.match))
    .sort((a, b) => b.match.length - a.match.length)[0];
}
