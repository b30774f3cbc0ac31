/**
 * Importer classes found by test/fixtures/reports-more62 (corpus56), each on made-up text, not the fixtures'.
 */
import { describe, expect, it } from 'vitest';
import { hasRegion } from '../../../src/report/agency-names.js';
import { namesInText } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

describe('a zone whose kind jieba reads as common words (特别|合作|区) keeps its name whole (corpus56)', () => {
  const page = [
    '根据《中华人民共和国政府信息公开条例》要求,现公布汕尾市红海特别合作区管理委员会2023年政府信息公开工作年度报告。',
    '一、总体情况',
    '2023年,汕尾市红海特别合作区管理委员会主动公开政府信息318条,收到政府信息公开申请6件。',
    '二、主动公开政府信息情况',
  ].join('\n');

  it('reads the committee with its city and its proper name, not from its kind on', () => {
    expect(namesInText('现公布汕尾市红海特别合作区管理委员会2023年政府信息公开工作年度报告')).toContain('汕尾市红海特别合作区管理委员会');
    expect(parseReport(page).report.agency).toBe('汕尾市红海特别合作区管理委员会');
  });

  it('takes a zone’s bare kind (合作区, 经济合作区) for no region: such a name alone is refused, never stored', () => {
    expect(hasRegion('合作区管理委员会')).toBe(false);
    expect(hasRegion('经济合作区管委会')).toBe(false);
    expect(hasRegion('红海特别合作区管理委员会')).toBe(true);
    const bare = [
      '合作区管理委员会2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年,我委主动公开政府信息318条。',
      '二、主动公开政府信息情况',
    ];
    expect(() => parseReport(bare.join('\n'))).toThrow(/--agency/);
  });
});
