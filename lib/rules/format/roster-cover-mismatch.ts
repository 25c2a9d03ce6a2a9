import type { Finding } from '@/lib/model/finding';
import type { RosterFile } from '@/lib/model/records';
import { cite, citePolicy } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

const termText = (file: RosterFile) => (file.term ? `${file.term.year} 學年度第 ${file.term.semester} 學期` : '');
const termTextEn = (file: RosterFile) => (file.term ? `school year ${file.term.year} term ${file.term.semester}` : '');

/**
 * Across one batch of roster files: a file whose cover rows (學校代碼, 學年度, 學期) differ from the
 * batch's first file that states them, or whose 學校代碼 is not the policy's school code.
 */
export const rosterCoverMismatch: PageRule = {
  id: 'format.roster.cover-mismatch',
  family: 'format',
  scope: 'page',
  recordLocal: false,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '名冊的學校代碼或學年度學期不一致', en: 'Roster cover rows disagree' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第5項',
    text: {
      zh: '學校於校務行政系統下載取得成績名冊檔案後，除依學習歷程中央資料庫檢核規則修改「名冊別」外，應直接將該名冊檔案提交中央資料庫進行預檢。',
      en: 'Schools submit the roster files as downloaded from the school system (only the roster type may be edited) to the central pre-check.',
    },
  },
  check(input, policy) {
    const files: Array<{ record: RosterFile; index: number }> = [];
    input.records.forEach((record, index) => {
      if (record.type === 'roster-file') files.push({ record, index });
    });
    if (files.length === 0) return [];
    const findings: Finding[] = [];
    const basis = cite(rosterCoverMismatch.basis);
    const firstSchool = files.find(({ record }) => record.schoolCode);
    const firstTerm = files.find(({ record }) => record.term);
    for (const { record, index } of files) {
      const school = record.schoolCode?.trim();
      if (school && policy.schoolCode && school !== policy.schoolCode) {
        findings.push(
          finding(
            rosterCoverMismatch,
            index,
            say([
              {
                zh: `${record.label}「${record.fileName}」的學校代碼是 ${school}，但學校設定的學校代碼是 ${policy.schoolCode}。請確認下載的是本校的名冊，或更正學校設定。`,
                en: `${record.fileName} has school code ${school}, but the school policy says ${policy.schoolCode}. Check that the roster is this school's, or correct the setting.`,
              },
              citePolicy(policy, 'schoolCode', rosterCoverMismatch.basis),
            ]),
            'schoolCode',
          ),
        );
      } else if (school && firstSchool && firstSchool.index !== index && school !== firstSchool.record.schoolCode?.trim()) {
        findings.push(
          finding(
            rosterCoverMismatch,
            index,
            say([
              {
                zh: `${record.label}「${record.fileName}」的學校代碼是 ${school}，與同一批的${firstSchool.record.label}「${firstSchool.record.fileName}」（${firstSchool.record.schoolCode}）不同。同一批名冊應屬同一所學校。`,
                en: `${record.fileName} has school code ${school}, unlike ${firstSchool.record.fileName} (${firstSchool.record.schoolCode}) in the same batch.`,
              },
              basis,
            ]),
            'schoolCode',
          ),
        );
      }
      if (record.term && firstTerm && firstTerm.index !== index && (record.term.year !== firstTerm.record.term!.year || record.term.semester !== firstTerm.record.term!.semester)) {
        findings.push(
          finding(
            rosterCoverMismatch,
            index,
            say([
              {
                zh: `${record.label}「${record.fileName}」是${termText(record)}，與同一批的${firstTerm.record.label}「${firstTerm.record.fileName}」（${termText(firstTerm.record)}）不同。請確認每個名冊都下載自同一學期。`,
                en: `${record.fileName} is for ${termTextEn(record)}, unlike ${firstTerm.record.fileName} (${termTextEn(firstTerm.record)}) in the same batch. Download every roster for the same term.`,
              },
              basis,
            ]),
            'term',
          ),
        );
      }
    }
    return findings;
  },
};
