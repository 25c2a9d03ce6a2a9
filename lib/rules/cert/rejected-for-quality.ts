import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/**
 * Words in a refusal reason that judge quality or score rather than authorship. Reasons about
 * authorship or the wrong course/file (非本人作品, 非本課程, 檔案無法開啟) are legitimate.
 */
export const QUALITY_WORDS = [
  '品質',
  '質量',
  '分數',
  '成績',
  '不夠好',
  '不佳',
  '太簡略',
  '過於簡略',
  '太簡單',
  '內容不足',
  '內容太少',
  '字數不足',
  '不夠深入',
  '深度不足',
  '不夠完整',
  '敷衍',
  '潦草',
  '水準',
  '不及格',
  '再加強',
  '需加強',
] as const;

export function qualityWordIn(reason: string): string | undefined {
  return QUALITY_WORDS.find((word) => reason.includes(word));
}

/** Certification refused for quality or score, which 004 item 2 rules out. */
export const certRejectedForQuality: PageRule = {
  id: 'cert.rejected.quality-reason',
  family: 'cert',
  scope: 'page',
  recordLocal: true,
  severity: 'warning',
  title: { zh: '以品質或成績為由不予認證', en: 'Certification refused for quality or score' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第2項',
    text: {
      zh: '認證之本質為確認是學生本人修習課程之產出結果；不應以成果質量或成績高低，作為是否認證之準據。',
      en: 'Certification confirms the work is the student’s own coursework; quality or grades must not decide it.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'artifact' || record.certStatus !== 'rejected' || !record.certReason) return;
      const word = qualityWordIn(record.certReason);
      if (!word) return;
      findings.push(
        finding(
          certRejectedForQuality,
          index,
          say([
            {
              zh: `不予認證的理由提到「${word}」。認證只確認是學生本人修課的產出，不評品質或成績；若確為本人作品，請任課教師改為認證通過。`,
              en: `The refusal reason mentions "${word}". Certification only confirms the student's own coursework, never quality or score; if it is the student's own work, the teacher should certify it.`,
            },
            cite(certRejectedForQuality.basis),
          ]),
          'certReason',
        ),
      );
    });
    return findings;
  },
};
