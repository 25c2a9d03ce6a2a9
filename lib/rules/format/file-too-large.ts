import type { Finding } from '@/lib/model/finding';
import { citePolicy } from '../cite';
import { finding, KIND_LABEL, say } from '../shared';
import type { PageRule } from '../types';
import { bytesPerMB, fileCategory, filesOf, GROUP_LABEL, groupOf, mbUnitNote } from './files';

const mb = (bytes: number, unit: number) => (bytes / unit).toFixed(2);

/** A file over its group's size limit (課程諮詢 2 MB, documents 4 MB, media 10 MB). */
export const fileTooLarge: PageRule = {
  id: 'format.file.too-large',
  family: 'format',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '檔案超過大小上限', en: 'File over the size limit' },
  basis: {
    seed: '000_cc713951fbe3d705.txt',
    clause: '附件二',
    text: {
      zh: '課程諮詢紀錄每件上限 2MB；文件每件上限 4MB；影音檔案每件上限 10MB。',
      en: 'Consultation records 2 MB per file; documents 4 MB; audio/video 10 MB.',
    },
  },
  check(input, policy) {
    const findings: Finding[] = [];
    const unit = bytesPerMB(policy);
    const unitNote = mbUnitNote(policy);
    const basis = citePolicy(policy, 'files', fileTooLarge.basis);
    input.records.forEach((record, index) => {
      const category = fileCategory(record);
      if (!category) return;
      const kind = KIND_LABEL[category];
      for (const file of filesOf(record)) {
        const group = groupOf(file.ext, policy.files[category]);
        if (!group || file.bytes === undefined) continue;
        const limit = group.maxMB * unit;
        if (file.bytes <= limit) continue;
        const label = GROUP_LABEL[group.group];
        findings.push(
          finding(
            fileTooLarge,
            index,
            say([
              {
                zh: `${kind.zh}${label.zh}「${file.name}」有 ${mb(file.bytes, unit)} MB，超過上限 ${group.maxMB} MB（多 ${mb(file.bytes - limit, unit)} MB；${unitNote.zh}）。請壓縮或分割後重新上傳。`,
                en: `The ${kind.en} ${label.en} "${file.name}" is ${mb(file.bytes, unit)} MB, ${mb(file.bytes - limit, unit)} MB over the ${group.maxMB} MB limit (${unitNote.en}). Compress or split it and upload again.`,
              },
              basis,
            ]),
            'files',
          ),
        );
      }
    });
    return findings;
  },
};
