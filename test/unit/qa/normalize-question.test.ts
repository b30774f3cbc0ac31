/** Question normalisation: 繁体, full-width forms, Chinese numerals of dates, typos in the kind of agency. */
import { describe, expect, it } from 'vitest';
import { correctKindTypos } from '../../../src/qa/typos.js';
import { normalizeQuestion } from '../../../src/qa/understand.js';

describe('normalizeQuestion', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(normalizeQuestion('紅寺堡區科學技術局主動公開了多少條')).toBe('红寺堡区科学技术局主动公开了多少条');
  });
  it('makes full-width digits, letters and punctuation half-width and drops spaces', () => {
    expect(normalizeQuestion('西工区 科技局 ２０２４年 Ｒ＆Ｄ？')).toBe('西工区科技局2024年R&D?');
  });
  it('writes Chinese numerals of years, months and days as digits, and leaves other numerals', () => {
    expect(normalizeQuestion('二〇二五年十二月二十二号交的申请')).toBe('2025年12月22号交的申请');
    expect(normalizeQuestion('近十年一共多少')).toBe('近十年一共多少');
    expect(normalizeQuestion('十三月')).toBe('十三月');
  });
  it('writes a count the asker checks in Chinese numerals as digits, and leaves numerals that are words', () => {
    expect(normalizeQuestion('是不是有二百二十五条')).toBe('是不是有225条');
    expect(normalizeQuestion('部门动态有三十条没')).toBe('部门动态有30条没');
    expect(normalizeQuestion('门户网站公开了十九条吗')).toBe('门户网站公开了19条吗');
    expect(normalizeQuestion('三个加一起')).toBe('三个加一起');
    expect(normalizeQuestion('落实三审三校制度了吗')).toBe('落实三审三校制度了吗');
    expect(normalizeQuestion('是第三次会议吗')).toBe('是第三次会议吗');
  });
});

describe('normalizeQuestion: digits and years that are names', () => {
  it('writes a school ordinal in digits after its place as its name is written (4中 → 四中), and leaves other digits', () => {
    expect(normalizeQuestion('临泉4中信息公开打哪个电话')).toBe('临泉四中信息公开打哪个电话');
    expect(normalizeQuestion('亳州市第12中学电话')).toBe('亳州市第十二中学电话');
    expect(normalizeQuestion('和平区第20小学在哪')).toBe('和平区第二十小学在哪');
    expect(normalizeQuestion('其中3中有几个')).toBe('其中3中有几个');
    expect(normalizeQuestion('2024中卫科技局')).toBe('2024中卫科技局');
    expect(normalizeQuestion('办理需要3小时吗')).toBe('办理需要3小时吗');
  });

  it('reads the year carried into, the year after the one asked, as the next year (结转到2025年 → 结转到下一年)', () => {
    expect(normalizeQuestion('盐都分局2024年有几件结转到2025年办')).toBe('盐都分局2024年有几件结转到下一年办');
    expect(normalizeQuestion('2023年有多少件留到2024年')).toBe('2023年有多少件留到下一年');
    expect(normalizeQuestion('2022年结转到2024年的')).toBe('2022年结转到2024年的');
  });
});

describe('correctKindTypos', () => {
  const kinds = ['科学技术局', '科技局', '教育局'];
  it('reads a kind word with one wrong character as the word', () => {
    expect(correctKindTypos('西工区科枝局2024年行政许可', kinds)).toBe('西工区科技局2024年行政许可');
    expect(correctKindTypos('海原县科学技木局', kinds)).toBe('海原县科学技术局');
    expect(correctKindTypos('海原县教肓局', kinds)).toBe('海原县教育局');
  });
  it('leaves a short name ending in 局 or 厅 before its office alone (网信局办公室 is no 信访办公室 mistyped)', () => {
    expect(correctKindTypos('银川网信局办公室电话', ['信访办公室'])).toBe('银川网信局办公室电话');
    expect(correctKindTypos('某省审计厅办公室在哪', ['审计署办公室'])).toBe('某省审计厅办公室在哪');
  });
  it('leaves a question alone when a kind is spelled right or no window is that close', () => {
    expect(correctKindTypos('西工区科学技术局行政许可', kinds)).toBe('西工区科学技术局行政许可');
    expect(correctKindTypos('科研机构申请了几件', kinds)).toBe('科研机构申请了几件');
  });
  it('leaves the simplified form of a kind read from a 繁体 name alone (区 for 區): no typo of it', () => {
    expect(correctKindTypos('济南市章丘区文化和旅游局联系电话', ['區文化和旅游局'])).toBe('济南市章丘区文化和旅游局联系电话');
    expect(correctKindTypos('台北市大安区教育局', ['大安區教育局'])).toBe('台北市大安区教育局');
  });
  it('leaves a descriptive word made of a kind’s stem alone (科技型, 教育类): no typo of the kind', () => {
    expect(correctKindTypos('科技型中小企业呢', kinds)).toBe('科技型中小企业呢');
    expect(correctKindTypos('教育类信息几条', kinds)).toBe('教育类信息几条');
  });
  it('reads a “kind” that is a place’s own name as a typo only in its generic words, not in the name (another place)', () => {
    const places = ['新添镇', '西关街道办事处', '东湖街道'];
    expect(correctKindTypos('新九镇2021年主动公开多少条', places)).toBe('新九镇2021年主动公开多少条');
    expect(correctKindTypos('西兴街道办事处的传真', places)).toBe('西兴街道办事处的传真');
    expect(correctKindTypos('东湖街到2023年纸质申请多少件', places)).toBe('东湖街道2023年纸质申请多少件');
  });
});

describe('normalizeQuestion for phone typing (issue 11, batch 4)', () => {
  it('reads a two-digit spoken year digit by digit, but not a few years', () => {
    expect(normalizeQuestion('红寺堡区科技局二三年公众号发了几条')).toBe('红寺堡区科技局2023年公众号发了几条');
    expect(normalizeQuestion('西工区科技局二四年行政许可几件')).toBe('西工区科技局2024年行政许可几件');
    expect(normalizeQuestion('三四年前的报告')).toBe('三四年前的报告');
  });
  it('ends a question at a space that follows a question word, and drops other spaces', () => {
    expect(normalizeQuestion('网站发了几条 日报发了几条')).toBe('网站发了几条？日报发了几条');
    expect(normalizeQuestion('西工区科技局 2024 年 主动公开 多少条')).toBe('西工区科技局2024年主动公开多少条');
  });
});

describe('normalizeQuestion for years in financial numerals', () => {
  it('reads 贰零贰叁年 (and its 繁体 form) as 2023年', () => {
    expect(normalizeQuestion('红寺堡区科技局贰零贰叁年部门动态几件')).toBe('红寺堡区科技局2023年部门动态几件');
    expect(normalizeQuestion('紅寺堡區科技局貳零貳叁年部門動態幾件')).toBe('红寺堡区科技局2023年部门动态几件');
  });
});

describe('normalizeQuestion for years said as a number with 千', () => {
  it('reads 两千零二十六年 and 二千零二十三年 as years, with the month and day after them', () => {
    expect(normalizeQuestion('我两千零二十六年一月二十六号交的申请')).toBe('我2026年1月26号交的申请');
    expect(normalizeQuestion('二千零二十三年红寺堡科技局公众号发了几条')).toBe('2023年红寺堡科技局公众号发了几条');
  });
  it('leaves a number with 千 that is no year of reports as it was', () => {
    expect(normalizeQuestion('一千零八年前')).toBe('一千零八年前');
  });
});

describe('a school’s kind word or an ordinal differing is another body, no typo', () => {
  it('leaves 紫金港小学 and 第三中学 as written', () => {
    expect(correctKindTypos('紫金港小学信息公开电话', ['紫金港中学'])).toBe('紫金港小学信息公开电话');
    expect(correctKindTypos('临泉县第三中学地址', ['第四中学'])).toBe('临泉县第三中学地址');
    expect(correctKindTypos('西溪医阮电话', ['西溪医院'])).toBe('西溪医院电话');
  });
});
