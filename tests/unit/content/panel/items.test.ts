import { describe, expect, it } from 'vitest';
import { arrange, familyOf, stepFrom, type PanelItem } from '@/entrypoints/content/panel/items';

const item = (key: string, severity: PanelItem['severity'], ruleId: string, rowOrder: number, rowName: string): PanelItem => ({
  key,
  severity,
  ruleId,
  ruleTitle: `title of ${ruleId}`,
  rowName,
  rowOrder,
  text: `${severity} ${rowName} ${ruleId}`,
});

// As the rules hand them back: rule by rule, rows in page order within a rule.
const ITEMS: PanelItem[] = [
  item('a', 'error', 'format.summary.too-long', 2, '〈乙〉'),
  item('b', 'error', 'format.summary.too-long', 0, '〈甲〉'),
  item('c', 'warning', 'cert.selected-uncertified', 0, '〈甲〉'),
  item('d', 'error', 'quota.outcome.selected-over-cap', -1, ''),
  item('e', 'info', 'identity.duplicate-student', 2, '〈乙〉'),
];
const NONE = { hiddenSeverities: new Set<PanelItem['severity']>(), hiddenFamilies: new Set<string>() };

const shape = (entries: ReturnType<typeof arrange>['entries']) => entries.map((entry) => (entry.kind === 'group' ? `# ${entry.title} ${entry.count}` : entry.key));

describe('arrange', () => {
  it('groups by row in page order, the whole page first, with a count per group', () => {
    const { entries, shown } = arrange(ITEMS, 'row', NONE, '整頁');
    expect(shape(entries)).toEqual(['# 整頁 1', 'd', '# 〈甲〉 2', 'b', 'c', '# 〈乙〉 2', 'a', 'e']);
    expect(shown.map((i) => i.key)).toEqual(['d', 'b', 'c', 'a', 'e']);
  });

  it('groups by rule in the order rules first appear, rows in page order within each', () => {
    const { entries } = arrange(ITEMS, 'rule', NONE, '整頁');
    expect(shape(entries)).toEqual([
      '# title of format.summary.too-long 2',
      'b',
      'a',
      '# title of cert.selected-uncertified 1',
      'c',
      '# title of quota.outcome.selected-over-cap 1',
      'd',
      '# title of identity.duplicate-student 1',
      'e',
    ]);
  });

  it('filters by severity and by family, counting every item whatever the filters', () => {
    const filtered = arrange(ITEMS, 'row', { hiddenSeverities: new Set(['error']), hiddenFamilies: new Set(['identity']) }, '整頁');
    expect(shape(filtered.entries)).toEqual(['# 〈甲〉 1', 'c']);
    expect(filtered.bySeverity).toEqual({ error: 3, warning: 1, info: 1 });
    expect(filtered.byFamily).toEqual({ format: 2, cert: 1, quota: 1, identity: 1 });
  });

  it('shows nothing when everything is filtered out', () => {
    const { entries, shown } = arrange(ITEMS, 'rule', { hiddenSeverities: new Set(['error', 'warning', 'info']), hiddenFamilies: new Set() }, '整頁');
    expect(entries).toEqual([]);
    expect(shown).toEqual([]);
  });
});

describe('familyOf', () => {
  it('is the rule id up to its first dot', () => {
    expect(familyOf('format.summary.too-long')).toBe('format');
    expect(familyOf('schedule')).toBe('schedule');
  });
});

describe('stepFrom', () => {
  const shown = arrange(ITEMS, 'row', NONE, '整頁').shown;
  it('walks forward and back, wrapping round', () => {
    expect(stepFrom(shown, undefined, 1)?.key).toBe('d');
    expect(stepFrom(shown, undefined, -1)?.key).toBe('e');
    expect(stepFrom(shown, 'b', 1)?.key).toBe('c');
    expect(stepFrom(shown, 'b', -1)?.key).toBe('d');
    expect(stepFrom(shown, 'e', 1)?.key).toBe('d');
    expect(stepFrom(shown, 'd', -1)?.key).toBe('e');
  });

  it('starts again when the current item is no longer shown, and finds nothing in an empty list', () => {
    expect(stepFrom(shown, 'gone', 1)?.key).toBe('d');
    expect(stepFrom([], 'b', 1)).toBeUndefined();
  });
});
