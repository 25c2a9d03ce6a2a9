import { ruleCatalog } from '@/lib/rules/catalog';

/** The markers around the rule table in README.md. */
export const START = '<!-- rule-table:start -->';
export const END = '<!-- rule-table:end -->';

const SEVERITY = { error: '錯誤 error', warning: '提醒 warning', info: '說明 info' } as const;
const SCOPE = { page: '頁面', policy: '學校規定' } as const;
const DISMISSAL = { 'reported-only': '僅限已通報 reported only', 'any-reason': '說明理由 any reason' } as const;

/** The README's rule table as the code defines it. */
export function ruleTable(): string {
  const rows = ruleCatalog().map(
    (rule) => `| \`${rule.id}\` | ${SEVERITY[rule.severity]} | ${SCOPE[rule.scope]} | ${DISMISSAL[rule.dismissal]} | ${rule.title.zh} | ${rule.basis.seed} ${rule.basis.clause} |`,
  );
  return ['| id | severity | checks | dismiss (已確認，無需更正) | what it flags | basis (seed, clause) |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The table between the markers, or undefined when the markers are missing. */
export function tableIn(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).trim();
}

/** The README with the table between the markers replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} … ${END} around the rule table`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
