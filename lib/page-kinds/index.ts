import type { Localized } from '@/lib/model/localized';
import type { Field } from '@/lib/adapters/vocabulary';
import { certification } from './certification';
import { classProgress } from './class-progress';
import { courseCodeCheck } from './course-code-check';
import { courseList } from './course-list';
import { outcomeList } from './outcome-list';
import { performanceList } from './performance-list';
import { precheck } from './precheck';
import { receipt } from './receipt';
import { selection } from './selection';
import type { PageKindUnit } from './unit';

/**
 * Every kind of page lp-checker reads, one file each. Order matters only when a list fits several kinds
 * and no hint on the page tells them apart: the first one listed wins.
 */
export const PAGE_KIND_UNITS = [selection, certification, outcomeList, performanceList, classProgress, receipt, courseCodeCheck, courseList, precheck] as const;

/** The `data-page-kind` values. */
export type PageKind = (typeof PAGE_KIND_UNITS)[number]['id'];

export const PAGE_KIND_IDS = PAGE_KIND_UNITS.map((unit) => unit.id) as [PageKind, ...PageKind[]];

/** Each kind's name, for panels, the popup and the options page. */
export const PAGE_KINDS = Object.fromEntries(PAGE_KIND_UNITS.map((unit) => [unit.id, unit.name])) as Record<PageKind, Localized>;

const BY_ID = new Map<string, PageKindUnit>(PAGE_KIND_UNITS.map((unit) => [unit.id, unit]));

export function pageKindUnit(id: PageKind): PageKindUnit<PageKind> {
  return BY_ID.get(id) as PageKindUnit<PageKind>;
}

/** The kind a list with these columns is, with the page's own words (`hintText`) breaking ties; undefined if none fits. */
export function detectKind(fields: ReadonlySet<Field>, hintText: string): PageKind | undefined {
  const matching = PAGE_KIND_UNITS.filter(
    ({ signature }) => signature.needs.every((group) => group.some((field) => fields.has(field))) && !(signature.without ?? []).some((field) => fields.has(field)),
  );
  if (matching.length <= 1) return matching[0]?.id;
  const text = hintText.toLowerCase();
  const hinted = matching.find(({ signature }) => signature.hints.some((hint) => text.includes(hint.toLowerCase())));
  return (hinted ?? matching[0]!).id;
}
