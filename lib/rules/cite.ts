import type { Localized } from '@/lib/model/localized';
import type { PolicySource, SchoolPolicy, PolicySourceKey } from '@/lib/policy/schema';

/** The seed documents by the names a school's staff know them (shared/seeds/README.md). */
export const SEED_TITLE: Record<string, Localized> = {
  '000_cc713951fbe3d705.txt': { zh: '仁武高中 補充規定', en: "Renwu SHS's supplementary rules" },
  '001_71e68ca80f9fb06d.txt': { zh: '花蓮女中 補充規定', en: "Hualien Girls' SHS's supplementary rules" },
  '002_01f5afecb17504e5.txt': { zh: '草屯商工 工作小組會議紀錄及補充規定', en: "Caotun VHS's working-group minutes and supplementary rules" },
  '003_5f73e15ddc21c676.txt': { zh: '國教署 學生學習歷程檔案作業要點', en: "the K-12 Education Administration's learning-portfolio rules" },
  '004_e8ede5ea50a90384.txt': { zh: '114年宣導事項', en: 'the 2025 learning-portfolio notice' },
};

const CAOTUN = '002_01f5afecb17504e5.txt';
/** 草屯's file holds two documents: its clauses say which (「補充規定五(三)1」「會議紀錄壹、七(3)」「案由三」). */
const CAOTUN_PARTS: { prefix: RegExp; title: Localized }[] = [
  { prefix: /^補充規定/, title: { zh: '草屯商工 補充規定', en: "Caotun VHS's supplementary rules" } },
  { prefix: /^(會議紀錄|(?=案由))/, title: { zh: '草屯商工 工作小組會議紀錄', en: "Caotun VHS's working-group minutes" } },
];

/**
 * A source in words — 「國教署 學生學習歷程檔案作業要點 四(二)1」 — for tables, reports and CSV; never a
 * file name. A school's own edit is 「本校設定（…）」.
 */
export function sourceText(source: { seed: string | null; clause: string }): Localized {
  if (source.seed === null) return { zh: `本校設定（${source.clause}）`, en: `school setting (${source.clause})` };
  // 仁武's 附件二 is the 國教署's own format rule, reproduced: cite it as national, not as one school's.
  if (source.seed === '000_cc713951fbe3d705.txt' && source.clause === '附件二') {
    return { zh: '國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）', en: 'the national file-format rule (reproduced as Annex 2 of Renwu SHS’s rules)' };
  }
  if (source.seed === CAOTUN) {
    // A clause that names both documents (「補充規定六(三)、十一；會議紀錄壹、七(3)」) keeps the combined title.
    const part = CAOTUN_PARTS.find(({ prefix }) => prefix.test(source.clause));
    const names = source.clause.match(/補充規定|會議紀錄|案由/g) ?? [];
    if (part && new Set(names.map((name) => (name === '案由' ? '會議紀錄' : name))).size === 1) {
      const clause = source.clause.replace(part.prefix, '');
      return { zh: `${part.title.zh} ${clause}`, en: `${part.title.en}, ${clause}` };
    }
  }
  const title = SEED_TITLE[source.seed] ?? { zh: '未知文件', en: 'an unknown document' };
  return { zh: `${title.zh} ${source.clause}`, en: `${title.en}, ${source.clause}` };
}

/** 「依據：草屯商工 補充規定 五(三)1」 for a seed and clause; a school's own edit cites the school. */
export function cite(source: { seed: string | null; clause: string }): Localized {
  const text = sourceText(source);
  return { zh: `依據：${text.zh}`, en: `Basis: ${text.en}` };
}

/** Several sources in one line, e.g. a duty the three schools' rules all name: 「仁武高中 補充規定 陸；花蓮女中 補充規定 八」. */
export function sourcesText(sources: readonly { seed: string | null; clause: string }[]): Localized {
  const texts = sources.map(sourceText);
  return { zh: texts.map((text) => text.zh).join('；'), en: texts.map((text) => text.en).join('; ') };
}

/** The citation of a policy value, falling back to the rule's own basis when the policy names none. */
export function citePolicy(policy: SchoolPolicy, key: PolicySourceKey, fallback: PolicySource): Localized {
  return cite(policy.sources[key] ?? fallback);
}
