import { readPage, type PageRead } from '@/lib/adapters/read-page';
import type { Finding } from '@/lib/model/finding';
import type { PageRecord } from '@/lib/model/records';
import { runRules } from '@/lib/rules';
import { NOW, PLAN, POLICY, type CanonicalPage, type ExpectedFinding } from './canonical-pages';

/**
 * What a variant must give: the canonical page's findings, or an honest 「partial」 / 「unrecognized」.
 * Findings are compared as a multiset of (canonical row or page, rule id, severity); a read row is
 * mapped back to its canonical row by the row element's data-row, and its key column must say so too.
 */

/** Rules that count over the whole list: with rows unread, they may rightly find less. */
const WHOLE_LIST_RULES = new Set([
  'quota.outcome.uploaded-over-cap',
  'quota.outcome.selected-over-cap',
  'quota.performance.uploaded-over-cap',
  'quota.performance.selected-over-cap',
  'identity.student.duplicate',
]);

type Where = number | 'page';

const label = ({ row, rule, severity }: ExpectedFinding) => `${row === 'page' ? 'page' : `row ${row}`} ${rule} (${severity})`;

/** The value of a record's key column, as the canonical row writes it. */
function keyOf(record: PageRecord): string | undefined {
  switch (record.type) {
    case 'artifact':
      return record.title;
    case 'class-progress':
    case 'receipt':
      return record.studentRef;
    case 'course-offering':
    case 'course-code-check':
      return record.code;
    case 'precheck':
      return record.rosterType;
    default:
      return undefined;
  }
}

function canonicalRowOf(element: Element): number | undefined {
  const value = element.getAttribute('data-row');
  return value === null ? undefined : Number(value);
}

export interface VariantReading {
  read: PageRead;
  findings: Finding[];
  /** everything the variant got wrong; empty when it is right */
  problems: string[];
}

function multiset(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Items of `a` not in `b`, counted. */
function minus(a: string[], b: string[]): string[] {
  const left = multiset(b);
  const out: string[] = [];
  for (const item of a) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else out.push(item);
  }
  return out;
}

/** Reads a variant's document, runs the rules and lists what differs from the canonical page. */
export function readVariant(page: CanonicalPage, doc: Document): VariantReading {
  const read = readPage(doc);
  const problems: string[] = [];
  for (const skipped of read.skipped) {
    if (!doc.contains(skipped.row)) problems.push(`skipped row ${skipped.rowNumber}'s element is not in the document`);
  }
  if (read.status === 'unrecognized') return { read, findings: [], problems };

  if (read.status === 'checked' && read.skipped.length > 0) problems.push(`checked with ${read.skipped.length} skipped rows`);
  if (read.pageKind !== page.kind) problems.push(`${read.status} as ${read.pageKind}, not ${page.kind}`);

  const records = read.rows.map((row) => row.record);
  const findings = runRules({ pageKind: read.pageKind, records }, POLICY, { now: NOW, plan: PLAN });

  // Each read row: a data row of the variant, read once, its key that canonical row's key.
  const whereOf: Where[] = [];
  const readRows = new Set<number>();
  read.rows.forEach((row, index) => {
    if (row.pageLevel) {
      whereOf[index] = 'page';
      return;
    }
    const canonical = canonicalRowOf(row.row);
    if (canonical === undefined) {
      problems.push(`read a record from an element that is no data row: ${JSON.stringify(row.record)}`);
      whereOf[index] = -1;
      return;
    }
    whereOf[index] = canonical;
    if (readRows.has(canonical)) problems.push(`row ${canonical} read twice`);
    readRows.add(canonical);
    const want = page.rows[canonical]?.[page.key];
    if (keyOf(row.record) !== String(want)) problems.push(`row ${canonical} (key ${String(want)}) read with key ${String(keyOf(row.record))}`);
    if (!doc.contains(row.row)) problems.push(`row ${canonical}'s element is not in the document`);
  });
  const skippedElements = new Set(read.skipped.map((skipped) => skipped.row));
  const skippedRows = new Set(read.skipped.map((skipped) => canonicalRowOf(skipped.row)).filter((row): row is number => row !== undefined));
  for (const row of read.rows) if (skippedElements.has(row.row) && !row.pageLevel) problems.push(`row ${String(canonicalRowOf(row.row))} is both read and skipped`);

  const got: ExpectedFinding[] = findings.map((finding) => {
    const row = finding.recordIndex === null ? 'page' : whereOf[finding.recordIndex]!;
    if (typeof row === 'number' && skippedRows.has(row)) problems.push(`finding ${finding.ruleId} points at unread row ${row}`);
    return { row, rule: finding.ruleId, severity: finding.severity as ExpectedFinding['severity'] };
  });
  const compare = (what: string, want: ExpectedFinding[], have: ExpectedFinding[]) => {
    const missing = minus(want.map(label), have.map(label));
    const extra = minus(have.map(label), want.map(label));
    if (missing.length > 0) problems.push(`${what}, missing findings: ${missing.join('; ')}`);
    if (extra.length > 0) problems.push(`${what}, extra findings: ${extra.join('; ')}`);
  };

  if (read.status === 'checked') {
    if (readRows.size !== page.rows.length) problems.push(`checked, but read ${readRows.size} of ${page.rows.length} rows`);
    compare('checked', page.expected, got);
  } else {
    // Partial: the read rows' own findings and the page's must be exact; whole-list counts may find less, never more.
    const own = (finding: ExpectedFinding) => !WHOLE_LIST_RULES.has(finding.rule);
    compare(
      'partial (on its read rows)',
      page.expected.filter((finding) => own(finding) && (finding.row === 'page' || readRows.has(finding.row))),
      got.filter(own),
    );
    const beyond = minus(got.filter((finding) => !own(finding)).map(label), page.expected.filter((finding) => !own(finding)).map(label));
    if (beyond.length > 0) problems.push(`partial, with list-wide findings the page does not call for: ${beyond.join('; ')}`);
  }
  return { read, findings, problems };
}
