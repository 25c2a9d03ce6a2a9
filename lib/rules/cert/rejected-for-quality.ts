import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/**
 * Stems of a judgement of quality or score in a refusal reason, as data, in the order they are
 * looked for (the first one found is quoted in the mark). Reasons about authorship, the wrong
 * course or file, or a file that cannot be opened or verified (非本人作品, 非本課程成果, 檔案無法開啟,
 * 無法查證, 檔案損毀, 重複上傳, 內容空白) are legitimate and contain none of them: a stem that would
 * also fit such a reason needs a subject (內容 / 心得 / 作品 … 不足) or is left out (模糊, 過長:
 * an unreadable photo cannot be verified, and a too-long 簡述 breaks a format limit, not a taste).
 */
export const QUALITY_STEMS: readonly RegExp[] = [
  // score and grade (成績單 is a proof document, 60 分鐘 a duration)
  /成績(?!單)|分數|評分|等第|及格/,
  /\d+\s*分(?![鐘享析類別組工])/,
  /(?:未|沒有?)達(?:到)?[^，。；,;]{0,6}?(?:標準|要求|水準|門檻)/,
  // quality named or judged
  /品質|質量|水準|水平|質感/,
  /敷衍|潦草|草率|馬虎|隨便|粗糙|空洞|膚淺|貧乏|簡略|簡陋|凌亂|雜亂|平庸|表現普通/,
  /用心|認真|努力|創意|美觀|精美|排版|錯字|錯別字|文法/,
  /深度|深入|充實|加強/,
  /不佳|欠佳|不好|很差|太差|較差|不理想/,
  /太短|過短|太少|過少|偏少|太簡單|過於簡單|太淺/,
  // not enough of the work itself (證明文件不足 asks for proof of authorship, and stays legitimate)
  /(?:內容|心得|報告|作品|成果|論述|反思|文字|篇幅|份量|分量)[^，。；,;]{0,4}?(?:不足|不夠|不完整|不充分|不詳細)/,
  /字數[^，。；,;]{0,4}?(?:少|不足|不夠|未達)|(?:少於|不到|未滿|未達)\s*\d+\s*字/,
  /多寫|寫多|寫長/,
];

/** The words in a refusal reason that judge quality or score, as written there; undefined when none do. */
export function qualityWordIn(reason: string): string | undefined {
  const text = reason.normalize('NFKC');
  for (const stem of QUALITY_STEMS) {
    const found = stem.exec(text);
    if (found) return found[0];
  }
  return undefined;
}

/** Certification refused for quality or score, which 004 item 2 rules out. */
export const certRejectedForQuality: PageRule = {
  id: 'cert.rejected.quality-reason',
  family: 'cert',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'warning',
  dismissal: 'any-reason',
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
