import type { Localized } from '@/lib/model/localized';
import type { PolicySource, SchoolPolicy, PolicySourceKey } from '@/lib/policy/schema';

/** Short names of the seed documents, as a mark cites them. */
export const SEED_TITLE: Record<string, Localized> = {
  '000_cc713951fbe3d705.txt': { zh: '仁武高中補充規定', en: "Renwu SHS's supplementary rules" },
  '001_71e68ca80f9fb06d.txt': { zh: '花蓮女中補充規定', en: "Hualien Girls' SHS's supplementary rules" },
  '002_01f5afecb17504e5.txt': { zh: '草屯商工補充規定', en: "Caotun VHS's supplementary rules" },
  '003_5f73e15ddc21c676.txt': { zh: '學習歷程檔案作業要點', en: 'the national learning-portfolio rules' },
  '004_e8ede5ea50a90384.txt': { zh: '114年學習歷程檔案宣導事項', en: 'the 2025 learning-portfolio notice' },
};

/** 「依據：草屯商工補充規定 五(三)1」 for a seed and clause; a school's own edit cites the school. */
export function cite(source: { seed: string | null; clause: string }): Localized {
  if (source.seed === null) return { zh: `依據：本校設定（${source.clause}）`, en: `Basis: school setting (${source.clause})` };
  // 仁武's 附件二 is the 國教署's own format rule, reproduced: cite it as national, not as one school's.
  if (source.seed === '000_cc713951fbe3d705.txt' && source.clause === '附件二') {
    return { zh: '依據：國教署學習歷程檔案資料格式規定（見仁武高中補充規定附件二）', en: 'Basis: the national file-format rule (reproduced as Annex 2 of Renwu SHS’s rules)' };
  }
  const title = SEED_TITLE[source.seed] ?? { zh: source.seed, en: source.seed };
  return { zh: `依據：${title.zh} ${source.clause}`, en: `Basis: ${title.en}, ${source.clause}` };
}

/** The citation of a policy value, falling back to the rule's own basis when the policy names none. */
export function citePolicy(policy: SchoolPolicy, key: PolicySourceKey, fallback: PolicySource): Localized {
  return cite(policy.sources[key] ?? fallback);
}
