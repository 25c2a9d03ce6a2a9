import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { citePolicy } from '../cite';
import { finding, KIND_LABEL, say } from '../shared';
import type { PageRule } from '../types';
import { fileCategory, filesOf, normalizeExt } from './files';

type StatedClass = 'document' | 'media' | 'link';

/** Words pages use for a file's type, by class. An extension stated as the type is compared as is. */
const STATED_WORDS: Record<StatedClass, string[]> = {
  document: ['文件', '證明文件', '書面', '圖片', '照片', '圖檔', 'document', 'image', 'photo'],
  media: ['影音', '影音檔', '影音檔案', '影片', '音訊', '音檔', '錄音', 'video', 'audio', 'media'],
  link: ['外部連結', '連結', '網址', 'link', 'url'],
};
const EXT_CLASS: Record<string, StatedClass> = { pdf: 'document', jpg: 'document', png: 'document', mp3: 'media', mp4: 'media' };
const CLASS_LABEL: Record<StatedClass, Localized> = {
  document: { zh: '文件', en: 'document' },
  media: { zh: '影音', en: 'audio/video' },
  link: { zh: '外部連結', en: 'external link' },
};

/** 「影音」→ media; 「PDF 文件」→ the extension pdf; unknown words → null (no judgement). */
function statedClass(stated: string): StatedClass | { ext: string } | null {
  const word = stated.trim().toLowerCase();
  const ext = word
    .split(/[\s/()（）、,，.]+/)
    .map(normalizeExt)
    .find((token) => EXT_CLASS[token]);
  if (ext) return { ext };
  for (const [cls, words] of Object.entries(STATED_WORDS) as Array<[StatedClass, string[]]>) {
    if (words.some((w) => word.includes(w))) return cls;
  }
  return null;
}

/** A file whose extension contradicts the type the page states (stated 影音, file .pdf). */
export const fileTypeMismatch: PageRule = {
  id: 'format.file.type-mismatch',
  family: 'format',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '副檔名與標示的檔案類型不一致', en: 'Extension contradicts the stated file type' },
  basis: {
    seed: '000_cc713951fbe3d705.txt',
    clause: '附件二',
    text: {
      zh: '檔案格式類型：文件 pdf、jpg、png；影音檔案 mp3、mp4；外部連結為文字。',
      en: 'File types: documents pdf, jpg, png; audio/video mp3, mp4; external links are text.',
    },
  },
  check(input, policy) {
    const findings: Finding[] = [];
    const basis = citePolicy(policy, 'files', fileTypeMismatch.basis);
    input.records.forEach((record, index) => {
      const category = fileCategory(record);
      if (!category) return;
      for (const file of filesOf(record)) {
        if (!file.statedType) continue;
        const stated = statedClass(file.statedType);
        const ext = normalizeExt(file.ext);
        const actual = EXT_CLASS[ext];
        if (!stated || !actual) continue;
        const contradicts = typeof stated === 'string' ? stated !== actual : stated.ext !== ext;
        if (!contradicts) continue;
        const statedText = typeof stated === 'string' ? CLASS_LABEL[stated] : { zh: stated.ext, en: stated.ext };
        findings.push(
          finding(
            fileTypeMismatch,
            index,
            say([
              {
                zh: `${KIND_LABEL[category].zh}「${file.name}」標示為${statedText.zh}，但副檔名是 .${ext}（${CLASS_LABEL[actual].zh}）。請確認上傳的是正確的檔案，或更正類型。`,
                en: `The ${KIND_LABEL[category].en} "${file.name}" is labelled ${statedText.en} but its extension is .${ext} (${CLASS_LABEL[actual].en}). Check the file or correct the type.`,
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
