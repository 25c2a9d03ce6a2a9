// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { fileTypeMismatch as rule } from '@/lib/rules/format/file-type-mismatch';
import { on, outcome, page } from '../fixtures';

const check = (name: string, ext: string, statedType?: string) =>
  rule.check(page([outcome({ files: [{ name, ext, statedType }] })]), NATIONAL_POLICY, on('2026-01-01'));

describe('format.file.type-mismatch', () => {
  it('fires when stated 影音 but the file is .pdf', () => {
    const findings = check('演出.pdf', 'pdf', '影音');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('標示為影音，但副檔名是 .pdf（文件）');
    expect(findings[0]!.severity).toBe('warning');
  });

  it('does not fire when the stated class matches, or when nothing is stated', () => {
    expect(check('演出.mp4', 'mp4', '影音檔案')).toEqual([]);
    expect(check('報告.jpg', 'jpg', '文件')).toEqual([]);
    expect(check('報告.pdf', 'pdf')).toEqual([]);
  });

  it('compares exactly when the stated type is itself an extension', () => {
    expect(check('報告.jpg', 'jpg', 'PDF')).toHaveLength(1);
    expect(check('照片.jpeg', 'jpeg', 'jpg')).toEqual([]);
    expect(check('報告.pdf', 'pdf', 'PDF 文件')).toEqual([]);
    expect(check('報告.mp4', 'mp4', 'PDF 文件')).toHaveLength(1);
  });

  it('makes no judgement on words it does not know or files outside the table', () => {
    expect(check('x.pdf', 'pdf', '其他')).toEqual([]);
    expect(check('證明.docx', 'docx', 'Word 文件')).toEqual([]);
  });
});
