import type { Finding } from '@/lib/model/finding';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/model/page-kind';
import type { PageRead, ReadRow } from '@/lib/adapters/read-page';
import { ruleById } from '@/lib/rules';
import { t } from '@/lib/i18n';
import { MARK_CSS, SUMMARY_CSS } from './styles';

/**
 * Draws findings into the page: a mark beside each offending cell and one
 * summary panel. Everything is built with createElement + textContent inside
 * open shadow roots; nothing from the page or a rule is ever parsed as HTML.
 */

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function shadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/** Removes every mark and the summary panel this script drew. */
export function clearAnnotations(doc: Document = document): void {
  doc.querySelectorAll('[data-lpc-finding], [data-lpc-summary]').forEach((node) => node.remove());
}

/** Puts a mark in the cell the finding is about, else the row's first cell, else just before a page-level element. */
function place(row: ReadRow, field: string | undefined, mark: HTMLElement): void {
  const cell = (field ? row.cells[field] : undefined) ?? (row.row instanceof HTMLTableRowElement ? row.row.cells[0] : undefined);
  if (cell) cell.append(mark);
  else row.row.before(mark);
}

function drawMark(finding: Finding, row: ReadRow, locale: Locale): HTMLElement {
  const rule = ruleById(finding.ruleId);
  const { host, root } = shadowHost('lpc-mark', MARK_CSS);
  host.setAttribute('data-lpc-finding', '');
  host.setAttribute('data-rule', finding.ruleId);
  host.setAttribute('data-severity', finding.severity);
  const message = pick(finding.message, locale);
  const button = el('button', `mark ${finding.severity}`);
  button.type = 'button';
  button.title = message;
  button.setAttribute('aria-expanded', 'false');
  // Words, not emoji: school computers' fonts often lack the symbols.
  button.append(el('span', 'icon', t(locale, SEVERITY_KEY[finding.severity])), el('span', 'label', rule ? pick(rule.title, locale) : finding.ruleId));
  const detail = el('div', 'detail', message);
  detail.hidden = true;
  if (rule) detail.append(el('div', 'basis', t(locale, 'basisLabel', rule.basis.seed, rule.basis.clause)));
  button.addEventListener('click', () => {
    detail.hidden = !detail.hidden;
    button.setAttribute('aria-expanded', String(!detail.hidden));
  });
  root.append(button, detail);
  place(row, finding.field, host);
  return host;
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: Finding[]): Counts {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** Draws marks and the summary for one reading of the page. */
export function annotate(read: PageRead, findings: Finding[], locale: Locale, doc: Document = document): void {
  clearAnnotations(doc);
  const { host, root } = shadowHost('lpc-summary', SUMMARY_CSS);
  host.setAttribute('data-lpc-summary', '');
  host.setAttribute('data-status', read.status);
  const panel = el('section', 'panel');
  panel.setAttribute('role', 'status');
  const header = el('header');
  header.append(el('strong', '', t(locale, 'summaryTitle')));
  const toggle = el('button', 'toggle', t(locale, 'summaryHide'));
  toggle.type = 'button';
  header.append(toggle);
  const body = el('div', 'body');
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = t(locale, body.hidden ? 'summaryShow' : 'summaryHide');
  });
  panel.append(header, body);
  root.append(panel);

  if (read.status === 'unrecognized') {
    host.setAttribute('data-page-kind', '');
    host.setAttribute('data-errors', '0');
    host.setAttribute('data-warnings', '0');
    body.append(el('p', 'headline', t(locale, 'summaryUnrecognized')), el('p', 'note', pick(read.reason, locale)));
    (doc.body ?? doc.documentElement).append(host);
    return;
  }

  const counts = countFindings(findings);
  host.setAttribute('data-page-kind', read.pageKind);
  host.setAttribute('data-errors', String(counts.errors));
  host.setAttribute('data-warnings', String(counts.warnings));
  const kindName = pick(PAGE_KINDS[read.pageKind], locale);
  body.append(el('p', 'headline', t(locale, 'summaryChecked', kindName, read.rows.length, counts.errors, counts.warnings)));

  const list = el('ol', 'findings');
  for (const finding of findings) {
    const row = finding.recordIndex === null ? undefined : read.rows[finding.recordIndex];
    const mark = row ? drawMark(finding, row, locale) : undefined;
    const item = el('li', finding.severity);
    const link = el('button', 'goto', `${t(locale, SEVERITY_KEY[finding.severity])}：${pick(finding.message, locale)}`);
    link.type = 'button';
    if (mark) link.addEventListener('click', () => mark.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    item.append(link);
    list.append(item);
  }
  if (findings.length === 0) body.append(el('p', 'note', t(locale, 'summaryClean')));
  else body.append(list);
  for (const skipped of read.skipped) {
    body.append(el('p', 'note', t(locale, 'summarySkipped', skipped.rowNumber, pick(skipped.reason, locale))));
  }
  (doc.body ?? doc.documentElement).append(host);
}
