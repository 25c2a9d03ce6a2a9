import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { fileTypeNotAllowed as rule } from '@/lib/rules/format/file-type-not-allowed';
import { on, outcome, page, performance } from '../fixtures';

const file = (name: string) => ({ name, ext: name.split('.').pop()!.toLowerCase() });

describe('format.file.type-not-allowed', () => {
  it('fires on a .docx outcome, naming the allowed types', () => {
    const findings = rule.check(page([outcome({ files: [file('報告.docx')] })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('是 docx 檔，不在允許的類型內（pdf、jpg、png、mp3、mp4）');
    expect(findings[0]!.field).toBe('files');
  });

  it('accepts every type of the table, and jpeg as jpg', () => {
    const files = ['a.pdf', 'b.jpg', 'c.PNG', 'd.mp3', 'e.mp4', 'f.jpeg'].map(file);
    expect(rule.check(page([outcome({ files })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });

  it('allows a link for a performance but not for an outcome', () => {
    const link = 'https://example.org/work';
    expect(rule.check(page([performance({ link })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    const findings = rule.check(page([outcome({ link })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings.map((f) => f.field)).toEqual(['link']);
    expect(findings[0]!.message.zh).toContain('課程學習成果不接受外部連結');
  });

  it('limits consultation records to documents', () => {
    const record = { type: 'consultation' as const, files: [file('諮詢錄音.mp3')] };
    expect(rule.check(page([record]), NATIONAL_POLICY, on('2026-01-01'))).toHaveLength(1);
  });
});
