import type { Finding } from '@/lib/model/finding';
import { citePolicy } from '../cite';
import { finding, KIND_LABEL, say } from '../shared';
import type { PageRule } from '../types';
import { fileCategory, filesOf, groupOf, normalizeExt } from './files';

/** A file whose type the format table does not allow for its category, or a link where links are not allowed. */
export const fileTypeNotAllowed: PageRule = {
  id: 'format.file.type-not-allowed',
  family: 'format',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '檔案類型不符規定', en: 'File type not allowed' },
  basis: {
    seed: '000_cc713951fbe3d705.txt',
    clause: '附件二',
    text: {
      zh: '文件限 pdf、jpg、png；影音檔案限 mp3、mp4；外部連結僅限多元表現。',
      en: 'Documents: pdf, jpg, png; audio/video: mp3, mp4; external links only for performances.',
    },
  },
  check(input, policy) {
    const findings: Finding[] = [];
    const basis = citePolicy(policy, 'files', fileTypeNotAllowed.basis);
    input.records.forEach((record, index) => {
      const category = fileCategory(record);
      if (!category) return;
      const rules = policy.files[category];
      const kind = KIND_LABEL[category];
      const allowed = rules.groups.flatMap((group) => group.types).join('、');
      for (const file of filesOf(record)) {
        if (groupOf(file.ext, rules)) continue;
        const ext = normalizeExt(file.ext) || '（無副檔名）';
        findings.push(
          finding(
            fileTypeNotAllowed,
            index,
            say([
              {
                zh: `${kind.zh}的檔案「${file.name}」是 ${ext} 檔，不在允許的類型內（${allowed}）。請轉存為允許的格式後重新上傳。`,
                en: `The ${kind.en} file "${file.name}" is ${ext}, not an allowed type (${allowed.replaceAll('、', ', ')}). Convert it and upload again.`,
              },
              basis,
            ]),
            'files',
          ),
        );
      }
      if (record.type === 'artifact' && record.link && !rules.linksAllowed) {
        findings.push(
          finding(
            fileTypeNotAllowed,
            index,
            say([
              {
                zh: `${kind.zh}不接受外部連結。請改為上傳檔案（${allowed}）。`,
                en: `A ${kind.en} cannot be an external link. Upload a file (${allowed.replaceAll('、', ', ')}) instead.`,
              },
              basis,
            ]),
            'link',
          ),
        );
      }
    });
    return findings;
  },
};
