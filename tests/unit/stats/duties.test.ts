import { describe, expect, it } from 'vitest';
import { checklistProgress, dutyChecklist, dutyId } from '@/lib/stats/duties';

describe('dutyChecklist', () => {
  it('lists a meeting per term and the three yearly sessions, with what was ticked', () => {
    const items = dutyChecklist(114, [
      { id: dutyId('meeting', 114, 1), kind: 'meeting', year: 114, semester: 1, doneOn: '2025-10-21', note: '第 1 次會議', updatedAt: 1 },
      { id: dutyId('parent-session', 114, 0), kind: 'parent-session', year: 114, semester: 0, doneOn: '2025-09-28', note: '', updatedAt: 1 },
      { id: dutyId('teacher-workshop', 114, 0), kind: 'teacher-workshop', year: 114, semester: 0, doneOn: '', note: '12 月底前', updatedAt: 2 },
      { id: dutyId('meeting', 113, 1), kind: 'meeting', year: 113, semester: 1, doneOn: '2024-10-21', note: '', updatedAt: 1 },
    ]);
    expect(items.map((i) => [i.kind, i.semester, i.done])).toEqual([
      ['meeting', 1, true],
      ['meeting', 2, false],
      ['student-training', 0, false],
      ['teacher-workshop', 0, false],
      ['parent-session', 0, true],
    ]);
    expect(items[3]!.note).toBe('12 月底前');
    expect(checklistProgress(items)).toEqual({ done: 2, of: 5 });
  });
});
