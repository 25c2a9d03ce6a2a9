import fc from 'fast-check';
import type { CanonicalPage } from './canonical-pages';
import { columnSlots, headerChoices } from './render-variant';
import type { Around, DateFormat, FileFormat, Markup, VariantSpec, Words } from './variant-spec';
import {
  CERT_WORDS,
  COMPARE_WORDS,
  EXTRA_COLUMNS,
  HEADING_TERMS,
  NEUTRAL_GROUPS,
  PRECHECK_WORDS,
  RECEIPT_WORDS,
  SIZE_HEADERS,
  TERM_FORMS,
  type ColumnName,
} from './vendor-wording';

/**
 * fast-check arbitraries for the ways a vendor may draw a canonical list. Every choice's first option is
 * the canonical drawing, so a failing variant shrinks towards the canonical page and the counterexample
 * keeps only what makes it fail.
 */

const markup: fc.Arbitrary<Markup> = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), cell: fc.constantFrom('th' as const, 'td' as const), thead: fc.boolean() }),
  fc.record({ kind: fc.constant('split' as const), cell: fc.constantFrom('th' as const, 'td' as const), thead: fc.boolean() }),
  fc.record({ kind: fc.constant('jqgrid' as const), rowNumbers: fc.boolean() }),
  fc.record({ kind: fc.constant('element' as const), fixedCopy: fc.boolean() }),
  fc.constant({ kind: 'aria' as const }),
);

const files: fc.Arbitrary<FileFormat> = fc.record({
  size: fc.constantFrom('paren', 'fullWidthParen', 'after', 'nextLine', 'column', 'unitInHeader'),
  sizeHeader: fc.constantFrom(...SIZE_HEADERS),
  unit: fc.constantFrom('auto', 'B', 'bytes', 'KB', 'MB'),
  thousands: fc.boolean(),
  space: fc.boolean(),
  join: fc.constantFrom('br', 'div', 'li'),
  links: fc.boolean(),
});

const date: fc.Arbitrary<DateFormat> = fc.record({
  era: fc.constantFrom('ad', 'roc'),
  form: fc.constantFrom('dash', 'slash', 'dot', 'cjk'),
  // zero-padded (the canonical form) is what false shrinks to
  pad: fc.boolean().map((b) => !b),
  weekday: fc.boolean(),
  time: fc.boolean(),
});

const words: fc.Arbitrary<Words> = fc.record({
  certified: fc.constantFrom(...CERT_WORDS.certified),
  pending: fc.constantFrom(...CERT_WORDS.pending),
  rejected: fc.constantFrom(...CERT_WORDS.rejected),
  confirmed: fc.constantFrom(...RECEIPT_WORDS.confirmed),
  disputed: fc.constantFrom(...RECEIPT_WORDS.disputed),
  unconfirmed: fc.constantFrom(...RECEIPT_WORDS.pending),
  tick: fc.constantFrom('checkbox', 'words'),
  compare: fc.constantFrom(...COMPARE_WORDS),
  precheck: fc.constantFrom(...PRECHECK_WORDS),
  statusWrap: fc.constantFrom('plain', 'tag', 'iconTitle', 'imageAlt'),
});

const around: fc.Arbitrary<Around> = fc.record({
  layoutTable: fc.boolean(),
  menu: fc.boolean(),
  form: fc.boolean(),
  caption: fc.boolean(),
  pager: fc.boolean(),
});

function headers(page: CanonicalPage): fc.Arbitrary<VariantSpec['headers']> {
  const model: Partial<Record<ColumnName, fc.Arbitrary<string>>> = {};
  for (const column of page.columns) {
    const choices = headerChoices(page, column);
    if (choices.length > 1) model[column] = fc.constantFrom(...choices);
  }
  return fc.record(model) as fc.Arbitrary<VariantSpec['headers']>;
}

function headerRows(page: CanonicalPage): fc.Arbitrary<VariantSpec['headerRows']> {
  const band = fc.record({ band: fc.constantFrom(...NEUTRAL_GROUPS), at: fc.nat(20), span: fc.integer({ min: 2, max: 3 }) });
  return page.columns.includes('files') ? fc.oneof(fc.constant('one' as const), fc.constant('fileGroup' as const), band) : fc.oneof(fc.constant('one' as const), band);
}

/** Every way this kit draws the page. */
export function variantOf(page: CanonicalPage): fc.Arbitrary<VariantSpec> {
  const slots = columnSlots(page).length;
  return fc
    .record({
      markup,
      headers: headers(page),
      headerWrap: fc.constantFrom('plain', 'bold', 'sortLink', 'lineBreak'),
      headerRows: headerRows(page),
      order: fc.array(fc.nat(9), { minLength: slots, maxLength: slots }),
      extras: fc.subarray([...EXTRA_COLUMNS]),
      files,
      date,
      term: fc.record({ columns: fc.constantFrom('split', 'one'), form: fc.constantFrom(...TERM_FORMS), semester: fc.constantFrom('digit', 'word') }),
      headingTerm: fc.constantFrom(...HEADING_TERMS),
      headingTag: fc.constantFrom('h1', 'h2', 'h3', 'div'),
      words,
      around,
    });
}
