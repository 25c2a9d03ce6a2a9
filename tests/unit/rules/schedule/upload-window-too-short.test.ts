import { describe, expect, it } from 'vitest';
import { CAOTUN_WITH_114, NATIONAL_WITH_114, RENWU_WITH_114 } from '../../policy/calendars-114';
import { checkPolicy } from '@/lib/rules/policy-rules';
import { uploadWindowTooShort as rule } from '@/lib/rules/schedule/upload-window-too-short';
import { on, withPolicy } from '../fixtures';

describe('schedule.upload-window.too-short', () => {
  it('flags 仁武: upload ends before the final exam, long before 休業式 + 2 weeks', () => {
    const findings = rule.check({ tasks: [] }, RENWU_WITH_114, on('2025-09-01'));
    expect(findings.map((f) => f.field)).toEqual(['calendar.terms.0.windows.upload', 'calendar.terms.1.windows.upload']);
    expect(findings[0]!.recordIndex).toBeNull();
    expect(findings[0]!.message.zh).toContain('上傳截止日 2026-01-13，早於休業式（2026-01-20）後 2 週的 2026-02-03，少了 21 天');
    expect(findings[0]!.message.zh).toContain('宣導事項 第3項');
  });

  it('does not flag 草屯 or the national calendar, whose window ends exactly 14 days after 休業式', () => {
    expect(rule.check({ tasks: [] }, CAOTUN_WITH_114, on('2025-09-01'))).toEqual([]);
    expect(rule.check({ tasks: [] }, NATIONAL_WITH_114, on('2025-09-01'))).toEqual([]);
  });

  it('one day short fires; the grade 12 term 2 window is exempt', () => {
    const short = withPolicy((p) => {
      p.calendar.terms[0]!.windows.upload!.end = '2026-02-02';
      p.calendar.terms[1]!.windows.uploadGrade12 = { start: '2026-02-11', end: '2026-03-01' };
    }, NATIONAL_WITH_114);
    const findings = rule.check({ tasks: [] }, short, on('2025-09-01'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('少了 1 天');
  });

  it('is run by checkPolicy, not by page checks', () => {
    expect(checkPolicy(RENWU_WITH_114, on('2025-09-01')).filter((f) => f.ruleId === rule.id)).toHaveLength(2);
  });
});
