import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from '../../../src/text/script.js';

describe('toSimplified', () => {
  it('converts the traditional forms real pages print', () => {
    expect(toSimplified('天津東疆保稅港區管理委員會')).toBe('天津东疆保税港区管理委员会');
    expect(toSimplified('紅寺堡區主動公開政府信息情況')).toBe('红寺堡区主动公开政府信息情况');
    expect(toSimplified('本年新收政府信息公開申請數量')).toBe('本年新收政府信息公开申请数量');
  });

  it('leaves simplified text, digits and ASCII as they are', () => {
    for (const text of ['西工区科学技术局2024年政府信息公开工作年度报告', '640020470', 'abc ＡＢＣ', '']) expect(toSimplified(text)).toBe(text);
    expect(hasTraditional('中卫市科学技术局')).toBe(false);
    expect(hasTraditional('中衛市')).toBe(true);
  });
});
