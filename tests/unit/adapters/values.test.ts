import { describe, expect, it } from 'vitest';
import {
  entryYearOfCourseCode,
  findSizes,
  parseCertStatus,
  parseCompareResult,
  parseDate,
  parsePrecheckResult,
  parseReceiptStatus,
  parseSize,
  parseSource,
  parseTerm,
  parseTick,
  sizeUnit,
} from '@/lib/adapters/values';

describe('parseSize', () => {
  it.each([
    ['3.2 MB', Math.round(3.2 * 1024 * 1024)],
    ['850KB', 850 * 1024],
    ['1,024 KB', 1024 * 1024],
    ['4.6MB', Math.round(4.6 * 1024 * 1024)],
    ['１２ MB', 12 * 1024 * 1024],
    ['512 bytes', 512],
    // as shared/domain.md says real portals write them
    ['768 KB', 786_432],
    ['3,072 KB', 3_145_728],
    ['1.5MB', 1_572_864],
    ['1,572,864 bytes', 1_572_864],
    // case, spacing, full-width forms, other unit spellings
    ['3450kb', 3_532_800],
    ['16.0MB', 16_777_216],
    ['2 GB', 2_147_483_648],
    ['0.5 GB', 536_870_912],
    ['１，０２４ ＫＢ', 1_048_576],
    ['３．５ＭＢ', 3_670_016],
    ['850K', 870_400],
    ['12M', 12_582_912],
    ['1 byte', 1],
    ['2,048 位元組', 2048],
    ['512 B', 512],
    ['1.5 MiB', 1_572_864],
    ['(1.2 MB)', 1_258_291],
    ['大小：980 KB', 1_003_520],
  ])('reads %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('gives undefined for text without a size', () => {
    expect(parseSize('報告.pdf')).toBeUndefined();
    expect(parseSize('')).toBeUndefined();
    expect(parseSize('3,072')).toBeUndefined();
    expect(parseSize('1,5 MB')).toBeUndefined();
  });

  it('does not read a size out of a name', () => {
    expect(parseSize('第2B組報告')).toBeUndefined();
    expect(parseSize('作品2M.mp4')).toBeUndefined();
  });

  it('reads a bare number in the unit its column header states, a written unit winning', () => {
    expect(parseSize('3,072', 'KB')).toBe(3_145_728);
    expect(parseSize('１５３６', 'KB')).toBe(1_572_864);
    expect(parseSize('1.5', 'MB')).toBe(1_572_864);
    expect(parseSize('1,572,864', 'B')).toBe(1_572_864);
    expect(parseSize('2 MB', 'KB')).toBe(2_097_152);
    expect(parseSize('約 3,072', 'KB')).toBeUndefined();
  });

  it('finds every size in a text', () => {
    expect(findSizes('a.pdf (1 MB) b.mp4 (2,048 KB)')).toEqual([1024 ** 2, 2048 * 1024]);
    expect(findSizes('1.2MB、3,500 KB')).toEqual([1_258_291, 3_584_000]);
    expect(findSizes('3,072', 'KB')).toEqual([3_145_728]);
    expect(findSizes('3,072')).toEqual([]);
  });

  it.each([
    ['KB', 'KB'],
    ['kb', 'KB'],
    ['K', 'KB'],
    ['KiB', 'KB'],
    ['ＭＢ', 'MB'],
    ['bytes', 'B'],
    ['位元組', 'B'],
    ['GB', 'GB'],
  ])('knows the unit %s as %s', (word, unit) => {
    expect(sizeUnit(word)).toBe(unit);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-12-18', '2025-12-18'],
    ['2025/1/5 14:03', '2025-01-05'],
    ['114/12/18', '2025-12-18'],
    ['114.02.03', '2025-02-03'],
    ['114年2月3日', '2025-02-03'],
    // 民國 as grade and attendance pages write it (shared/domain.md)
    ['民國 115/03/02', '2026-03-02'],
    ['115.3.2', '2026-03-02'],
    ['115-03-02', '2026-03-02'],
    ['115年3月2日', '2026-03-02'],
    ['民國115年3月2日', '2026-03-02'],
    ['115 年 3 月 2 日', '2026-03-02'],
    ['113/11/11(一)', '2024-11-11'],
    ['115/03/02（一）', '2026-03-02'],
    ['115/03/02 (週一)', '2026-03-02'],
    ['115年3月2日 星期一', '2026-03-02'],
    ['115/03/02(一) 14:30', '2026-03-02'],
    ['115/3/2 下午 02:30:00', '2026-03-02'],
    ['１１５／０３／０２', '2026-03-02'],
    // 西元, as the learning-portfolio platforms write it
    ['2026/03/02 00:00', '2026-03-02'],
    ['西元 2026/03/02', '2026-03-02'],
    ['2026-03-02T08:15:00', '2026-03-02'],
    ['2026年3月2日', '2026-03-02'],
    ['2026.3.2', '2026-03-02'],
    ['上傳於 2025-12-18 10:15', '2025-12-18'],
    ['113/02/29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['2025-02-30', 'no 30 February'],
    ['115/02/29', '2026 is not a leap year'],
    ['115/13/01', 'no month 13'],
    ['115/00/10', 'no month 0'],
    ['115/03/32', 'no 32nd'],
    ['115/03/02(二)', 'a weekday that contradicts the date'],
    ['2026/03/02 星期三', 'a weekday that contradicts the date'],
    ['民國 2026/03/02', 'a 西元 year called 民國'],
    ['西元 115/03/02', 'a 民國 year called 西元'],
    ['25/12/18', 'a two-digit year read as 民國 25 (1936)'],
    ['3025-01-01', 'a year no page means'],
    ['2100-02-29', '2100 is not a leap year'],
    ['明天', 'no date'],
    ['12/18', 'no year'],
  ])('rejects %s (%s)', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('parseTerm', () => {
  it('reads separate 學年度 and 學期 cells', () => {
    expect(parseTerm('114', '1')).toEqual({ year: 114, semester: 1 });
    expect(parseTerm('114', '下')).toEqual({ year: 114, semester: 2 });
    expect(parseTerm('114學年度', '第二學期')).toEqual({ year: 114, semester: 2 });
    expect(parseTerm('113', '上學期')).toEqual({ year: 113, semester: 1 });
  });

  it.each([
    ['114-2', { year: 114, semester: 2 }],
    ['114學年度第1學期', { year: 114, semester: 1 }],
    ['113 下', { year: 113, semester: 2 }],
    ['114-1', { year: 114, semester: 1 }],
    ['114/上', { year: 114, semester: 1 }],
    ['114/下', { year: 114, semester: 2 }],
    ['114上', { year: 114, semester: 1 }],
    ['114學年第二學期', { year: 114, semester: 2 }],
    ['114學年度 上學期', { year: 114, semester: 1 }],
    ['114學年度第一學期', { year: 114, semester: 1 }],
    ['114 學年度 第 2 學期', { year: 114, semester: 2 }],
    ['1141', { year: 114, semester: 1 }],
    ['１１４－２', { year: 114, semester: 2 }],
    ['99-1', { year: 99, semester: 1 }],
    ['114 一下', { year: 114, semester: 2 }],
    ['114學年度 高二上', { year: 114, semester: 1 }],
  ])('reads %s', (text, term) => {
    expect(parseTerm(text)).toEqual(term);
  });

  it('gives undefined when the 學期 is missing or the text is not a term', () => {
    expect(parseTerm('114')).toBeUndefined();
    expect(parseTerm('114學年度')).toBeUndefined();
    expect(parseTerm('114年3月')).toBeUndefined();
    expect(parseTerm('11412')).toBeUndefined();
    expect(parseTerm('第1學期')).toBeUndefined();
    expect(parseTerm('2025-1')).toBeUndefined();
  });

  it('reads grade-and-half forms only with the student’s 入學學年度', () => {
    for (const text of ['一上', '二下', '高三上', '二年級下學期']) expect(parseTerm(text), text).toBeUndefined();
    const entered112 = { entryYear: 112 };
    expect(parseTerm('一上', undefined, entered112)).toEqual({ year: 112, semester: 1 });
    expect(parseTerm('一下', undefined, entered112)).toEqual({ year: 112, semester: 2 });
    expect(parseTerm('二上', undefined, entered112)).toEqual({ year: 113, semester: 1 });
    expect(parseTerm('高三下', undefined, entered112)).toEqual({ year: 114, semester: 2 });
    expect(parseTerm('二年級下學期', undefined, entered112)).toEqual({ year: 113, semester: 2 });
    expect(parseTerm('一年級第二學期', undefined, entered112)).toEqual({ year: 112, semester: 2 });
    expect(parseTerm('11下', undefined, entered112)).toEqual({ year: 113, semester: 2 });
    expect(parseTerm('2上', undefined, entered112)).toEqual({ year: 113, semester: 1 });
    expect(parseTerm('一二', undefined, entered112)).toBeUndefined();
    expect(parseTerm('四上', undefined, entered112)).toBeUndefined();
  });

  it('takes the 入學學年度 from a 課程代碼’s first three characters', () => {
    expect(entryYearOfCourseCode('108011302H11101A1010101')).toBe(108);
    expect(entryYearOfCourseCode('109041305H11101B1010101')).toBe(109);
    expect(entryYearOfCourseCode('112093301101001010101')).toBe(112);
    expect(entryYearOfCourseCode('國語文')).toBeUndefined();
    expect(entryYearOfCourseCode('12')).toBeUndefined();
    expect(entryYearOfCourseCode(undefined)).toBeUndefined();
  });
});

describe('認證狀態 by stems', () => {
  it.each([
    ['未認證', 'pending'],
    ['待認證', 'pending'],
    ['已認證', 'certified'],
    ['認證通過', 'certified'],
    ['認證未通過', 'rejected'],
    ['不通過', 'rejected'],
    ['退回', 'rejected'],
    // refusals
    ['未通過', 'rejected'],
    ['審核不通過', 'rejected'],
    ['驗證失敗', 'rejected'],
    ['已退回', 'rejected'],
    ['退件', 'rejected'],
    ['駁回', 'rejected'],
    ['不予認證', 'rejected'],
    ['退回補件', 'rejected'],
    ['請重新上傳', 'rejected'],
    // still waiting
    ['審核中', 'pending'],
    ['處理中', 'pending'],
    ['認證中', 'pending'],
    ['待審核', 'pending'],
    ['尚未認證', 'pending'],
    ['尚未通過', 'pending'],
    ['未驗證', 'pending'],
    ['已上傳', 'pending'],
    ['已送出', 'pending'],
    ['否', 'pending'],
    ['N', 'pending'],
    // done
    ['通過', 'certified'],
    ['已通過', 'certified'],
    ['驗證通過', 'certified'],
    ['已驗證', 'certified'],
    ['審核完成', 'certified'],
    ['認證成功', 'certified'],
    ['是', 'certified'],
    ['Y', 'certified'],
    ['✓', 'certified'],
    ['✔', 'certified'],
    ['【已認證】', 'certified'],
    [' 已 認 證 ', 'certified'],
  ])('%s is %s', (text, status) => {
    expect(parseCertStatus(text)).toBe(status);
  });

  it('does not guess an unknown status', () => {
    expect(parseCertStatus('請洽教務處')).toBeUndefined();
    expect(parseCertStatus('')).toBeUndefined();
    expect(parseCertStatus('?')).toBeUndefined();
  });
});

describe('收訖 answers', () => {
  it.each([
    ['正確', 'confirmed'],
    ['資料正確', 'confirmed'],
    ['學生回報資料正確', 'confirmed'],
    ['無誤', 'confirmed'],
    ['確認無誤', 'confirmed'],
    ['已確認', 'confirmed'],
    ['無疑義', 'confirmed'],
    ['逾期未回覆（視同確認）', 'confirmed'],
    ['同意', 'confirmed'],
    ['錯誤', 'disputed'],
    ['資料錯誤', 'disputed'],
    ['學生回報資料錯誤', 'disputed'],
    ['有誤', 'disputed'],
    ['有疑義', 'disputed'],
    ['問題回報', 'disputed'],
    ['不正確', 'disputed'],
    ['申覆中', 'disputed'],
    ['確認中', 'pending'],
    ['未回覆', 'pending'],
    ['未確認', 'pending'],
    ['尚未回覆', 'pending'],
    ['待確認', 'pending'],
    ['尚未確認', 'pending'],
    ['', 'pending'],
    ['  ', 'pending'],
  ])('「%s」 is %s', (text, status) => {
    expect(parseReceiptStatus(text)).toBe(status);
  });

  it('leaves an answer it cannot tell unread', () => {
    expect(parseReceiptStatus('否')).toBeUndefined();
    expect(parseReceiptStatus('已回覆')).toBeUndefined();
  });
});

describe('比對結果 and 預檢結果', () => {
  it.each([
    ['相符', true],
    ['符合', true],
    ['一致', true],
    ['正確', true],
    ['OK', true],
    ['ok', true],
    ['不符', false],
    ['不相符', false],
    ['不符合', false],
    ['不一致', false],
    ['錯誤', false],
    ['查無代碼', false],
    ['課程計畫查無此課程代碼', false],
    ['代碼不存在', false],
  ])('比對結果「%s」 → %s', (text, matched) => {
    expect(parseCompareResult(text)).toBe(matched);
  });

  it('does not guess a comparison that did not run', () => {
    expect(parseCompareResult('未比對')).toBeUndefined();
    expect(parseCompareResult('')).toBeUndefined();
  });

  it.each([
    ['通過', 'passed'],
    ['預檢通過', 'passed'],
    ['成功', 'passed'],
    ['正確無誤', 'passed'],
    ['未通過', 'failed'],
    ['不通過', 'failed'],
    ['失敗', 'failed'],
    ['有錯誤', 'failed'],
    ['預檢中', 'pending'],
    ['待預檢', 'pending'],
    ['尚未預檢', 'pending'],
  ])('預檢結果「%s」 → %s', (text, outcome) => {
    expect(parsePrecheckResult(text)).toBe(outcome);
  });
});

describe('ticks and sources', () => {
  it.each([
    ['V', true],
    ['✓', true],
    ['✔', true],
    ['☑', true],
    ['●', true],
    ['是', true],
    ['Y', true],
    ['已勾選', true],
    ['已提交', true],
    ['', false],
    ['☐', false],
    ['□', false],
    ['否', false],
    ['N', false],
    ['未勾選', false],
    ['x', false],
  ])('tick 「%s」 → %s', (text, ticked) => {
    expect(parseTick(text)).toBe(ticked);
  });

  it('does not guess a tick from other words', () => {
    expect(parseTick('待確認')).toBeUndefined();
  });

  it.each([
    ['學生上傳', 'student'],
    ['學校登錄', 'school'],
    ['校外機構登錄', 'agency'],
  ])('source %s is %s', (text, source) => {
    expect(parseSource(text)).toBe(source);
  });
});
