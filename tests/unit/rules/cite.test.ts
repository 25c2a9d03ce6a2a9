import { describe, expect, it } from 'vitest';
import { cite, sourcesText, sourceText } from '@/lib/rules/cite';
import { DUTIES } from '@/lib/stats/duties';

describe('sources in words', () => {
  it('names every seed by the title staff know, never its file name', () => {
    expect(sourceText({ seed: '003_5f73e15ddc21c676.txt', clause: '四(二)1' }).zh).toBe('國教署 學生學習歷程檔案作業要點 四(二)1');
    expect(sourceText({ seed: '004_e8ede5ea50a90384.txt', clause: '第7項' }).zh).toBe('114年宣導事項 第7項');
    expect(sourceText({ seed: '000_cc713951fbe3d705.txt', clause: '陸' }).zh).toBe('仁武高中 補充規定 陸');
    expect(sourceText({ seed: '001_71e68ca80f9fb06d.txt', clause: '八' }).zh).toBe('花蓮女中 補充規定 八');
    expect(cite({ seed: '004_e8ede5ea50a90384.txt', clause: '第3項' })).toEqual({ zh: '依據：114年宣導事項 第3項', en: 'Basis: the 2025 learning-portfolio notice, 第3項' });
  });

  it('tells 草屯’s two documents apart by the clause', () => {
    expect(sourceText({ seed: '002_01f5afecb17504e5.txt', clause: '補充規定十一' }).zh).toBe('草屯商工 補充規定 十一');
    expect(sourceText({ seed: '002_01f5afecb17504e5.txt', clause: '案由三' }).zh).toBe('草屯商工 工作小組會議紀錄 案由三');
    expect(sourceText({ seed: '002_01f5afecb17504e5.txt', clause: '補充規定六(三)、十一；會議紀錄壹、七(3)' }).zh).toBe('草屯商工 工作小組會議紀錄及補充規定 補充規定六(三)、十一；會議紀錄壹、七(3)');
  });

  it('cites the national format table as national, and a school’s own edit as the school’s', () => {
    expect(sourceText({ seed: '000_cc713951fbe3d705.txt', clause: '附件二' }).zh).toBe('國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）');
    expect(sourceText({ seed: null, clause: '學校自填' }).zh).toBe('本校設定（學校自填）');
  });

  it('gives the working group’s duties their sources in words', () => {
    expect(sourcesText(DUTIES[0]!.basis).zh).toBe('國教署 學生學習歷程檔案作業要點 五；草屯商工 補充規定 三');
    expect(sourcesText(DUTIES[1]!.basis).zh).not.toMatch(/\.txt|^\d{3} /);
  });
});
