import { describe, expect, it } from 'vitest';
import { CAOTUN_POLICY, NATIONAL_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import { RENWU_WITH_114 } from './calendars-114';
import { exportPolicy, importPolicy, validatePolicy } from '@/lib/policy/validate';

const edited = (change: (p: any) => void) => {
  const copy = structuredClone(RENWU_WITH_114) as any;
  change(copy);
  return copy;
};
const messages = (input: unknown) => {
  const result = validatePolicy(input);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe('validatePolicy messages (zh-TW)', () => {
  it('names the cap the way the school does', () => {
    expect(messages(edited((p) => (p.caps.outcomeUpload.max = 0)))).toEqual([
      '課程學習成果每學期上傳上限必須是 1 以上的整數（或留空表示不設上限）',
    ]);
    expect(messages(edited((p) => (p.caps.performanceUpload.max = 2.5)))).toEqual([
      '多元表現每學年上傳上限必須是 1 以上的整數（或留空表示不設上限）',
    ]);
  });

  it('reports the path with each message', () => {
    const result = validatePolicy(edited((p) => (p.summary.maxChars = -1)));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'summary.maxChars', message: '簡述字數上限必須是 1 以上的整數' })] });
  });

  it('explains file, date and task problems', () => {
    expect(messages(edited((p) => (p.files.outcome.groups[0].maxMB = 0)))).toEqual(['課程學習成果文件的大小上限（MB）必須是大於 0 的數字']);
    expect(messages(edited((p) => (p.calendar.terms[0].closingCeremony = '2026/01/20')))).toEqual([
      '行事曆 114 學年度第 1 學期的休業式必須是日期，格式為 yyyy-mm-dd（例如 2025-09-01）',
    ]);
    expect(messages(edited((p) => (p.calendar.terms[0].windows.upload.end = '2025-02-30')))).toEqual([
      '行事曆 114 學年度第 1 學期的課程學習成果上傳期間結束日（2025-02-30）不是有效的日期',
    ]);
    expect(messages(edited((p) => (p.calendar.terms[1].windows.certification = { start: '2026-07-22', end: '2026-02-11' })))).toEqual([
      '行事曆 114 學年度第 2 學期的任課教師認證期間的開始日（2026-07-22）晚於結束日（2026-02-11）',
    ]);
    expect(messages(edited((p) => (p.tasks[1].id = p.tasks[0].id)))).toEqual([
      '工作期程第 2 項「選修課程名稱」的代號 basic-data 與前面的項目重複',
    ]);
    expect(messages(edited((p) => delete p.schemaVersion))).toEqual(['缺少「設定檔版本」']);
  });
});

describe('export / import', () => {
  it('round-trips every preset', () => {
    for (const policy of [NATIONAL_POLICY, RENWU_POLICY, CAOTUN_POLICY]) {
      expect(importPolicy(exportPolicy(policy))).toEqual({ ok: true, policy });
    }
  });

  it('tolerates a BOM', () => {
    expect(importPolicy(`\uFEFF${exportPolicy(CAOTUN_POLICY)}`).ok).toBe(true);
  });

  it('rejects a newer version, a foreign file and broken JSON with a clear zh-TW message', () => {
    const newer = exportPolicy(CAOTUN_POLICY).replace('"schemaVersion": 1', '"schemaVersion": 2');
    const first = (text: string) => {
      const result = importPolicy(text);
      return result.ok ? '' : result.errors[0]!.message;
    };
    expect(first(newer)).toBe('這個設定檔是第 2 版，比目前擴充功能支援的第 1 版新，請先更新學習歷程檢核助手再匯入。');
    expect(first('{"name": "x"}')).toContain('不是學習歷程檢核助手的學校設定檔');
    expect(first('{not json')).toContain('無法讀取 JSON 格式');
  });

  it('validates what it imports', () => {
    const broken = exportPolicy(CAOTUN_POLICY).replace('"maxChars": 100', '"maxChars": "一百"');
    expect(importPolicy(broken)).toEqual({ ok: false, errors: [expect.objectContaining({ message: '簡述字數上限必須是 1 以上的整數' })] });
  });
});
