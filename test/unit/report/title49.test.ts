/**
 * title49: titles and names in the shapes real sites print them (issue #11, "titles come in other shapes"): a bullet or a dash
 * glued into the name (•XX局2024年…, XX区-XX中心), a page's <title> with its site after an underscore, a site's header of several
 * names above a title naming no agency, the site's name alone above such a title while the page's publisher field names another
 * body, a metadata table crawled one cell a line (发布机构: / XX局), and a title broken inside its name after the region. Made-up
 * pages of real places, made-up figures; each case fails without the change it tests (checked by reverting it).
 */
import { describe, expect, it } from 'vitest';
import { isAgencyName } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';

const BODY = [
  '一、总体情况',
  '2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息57条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
];
const agencyOf = (head: string[]) => parseReport([...head, ...BODY].join('\n')).report.agency;

describe('title49: a bullet or a dash glued into the title’s name', () => {
  it('a list’s bullet before the title is no part of the name', () => {
    expect(agencyOf(['●繁峙县农业农村局2024年政府信息公开工作年度报告'])).toBe('繁峙县农业农村局');
    expect(agencyOf(['▪繁峙县农业农村局2024年政府信息公开工作年度报告'])).toBe('繁峙县农业农村局');
  });

  it('a dash between the region and its body joins one name', () => {
    expect(agencyOf(['繁峙县-农业农村局2024年政府信息公开工作年度报告'])).toBe('繁峙县农业农村局');
  });
});

describe('title49: a page’s <title>, the site after an underscore', () => {
  it('the title and its site glued into one line are no agency’s name', () => {
    expect(isAgencyName('繁峙县农业农村局政府信息公开工作年度报告_繁峙县人民政府')).toBe(false);
    expect(isAgencyName('繁峙县农业农村局_繁峙县人民政府')).toBe(false);
    expect(isAgencyName('繁峙县农业农村局')).toBe(true);
  });
});

describe('title49: site names above a title naming no agency', () => {
  it('a header of several sites is no name: with nothing else naming the agency, refused asking for --agency', () => {
    const text = ['中国政府网 山西省人民政府 忻州市人民政府', '2024年政府信息公开工作年度报告', ...BODY].join('\n');
    expect(() => parseReport(text)).toThrow(/--agency/);
  });

  it('the site’s name alone above it, the publisher field naming a bureau: the bureau', () => {
    expect(agencyOf(['繁峙县人民政府', '2024年政府信息公开工作年度报告', '发布机构：繁峙县农业农村局'])).toBe('繁峙县农业农村局');
  });

  it('the field naming the government’s general office (the portal publishes every page under it): the title’s name stays', () => {
    expect(agencyOf(['繁峙县农业农村局', '2024年政府信息公开工作年度报告', '发布机构：繁峙县人民政府办公室'])).toBe('繁峙县农业农村局');
  });

  it('a title in the opening copied from another body’s report gives way to the field', () => {
    const head = [
      '2024年政府信息公开工作年度报告',
      '发布机构：繁峙县农业农村局',
      '根据《条例》规定，现公布繁峙县水利局2024年政府信息公开工作年度报告。',
    ];
    expect(agencyOf(head)).toBe('繁峙县农业农村局');
  });
});

describe('title49: a metadata table crawled one cell a line', () => {
  it('发布机构: alone on its line, the publisher on the next, beats the site’s name above the title', () => {
    const head = [
      '繁峙县人民政府',
      '2024年政府信息公开工作年度报告',
      '索引号:',
      '11140924MB0000000X/2025-00031',
      '发布机构:',
      '繁峙县农业农村局',
    ];
    expect(agencyOf(head)).toBe('繁峙县农业农村局');
  });
});

describe('title49: a title broken inside its name', () => {
  it('the region alone on the line above, the body and the year below', () => {
    expect(agencyOf(['繁峙县', '农业农村局2024年政府信息公开工作年度报告'])).toBe('繁峙县农业农村局');
  });

  it('a government’s name above a bureau’s title is not joined to it', () => {
    expect(() => agencyOf(['繁峙县人民政府', '农业农村局2024年政府信息公开工作年度报告'])).toThrow(/--agency/);
  });
});

describe('title49: a crumb trail or a site header above a title naming no agency', () => {
  const townBody = [
    '一、总体情况',
    '2024年，砂河镇认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息57条。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
  ];

  const townOf = (head: string[]) => parseReport([...head, ...townBody].join('\n')).report.agency;

  it('the site’s name first in a crumb trail is not the publisher: the town the body speaks as', () => {
    expect(townOf(['繁峙县人民政府 > 政务公开 > 政府信息公开年报', '2024年政府信息公开工作年度报告'])).toMatch(/砂河镇$/);
  });

  it('nor is a government named in the site’s header', () => {
    expect(townOf(['中国政府网 山西省人民政府 繁峙县人民政府', '2024年政府信息公开工作年度报告'])).toMatch(/砂河镇$/);
  });
});

describe('title49: a download link’s text as the only title', () => {
  it('附件： before the file’s name is no part of the agency’s name', () => {
    expect(agencyOf(['附件：繁峙县农业农村局2024年政府信息公开年报.pdf'])).toBe('繁峙县农业农村局');
  });
});

describe('title49: a publisher field naming the same body another way keeps the title’s name', () => {
  it('the body’s own office in the field', () => {
    const head = ['忻州繁峙经济技术开发区', '2024年政府信息公开工作年度报告', '发布机构：繁峙经济技术开发区党政办公室'];
    expect(agencyOf(head)).toBe('忻州繁峙经济技术开发区');
  });

  it('the body’s kind written short in the field', () => {
    const head = ['繁 峙 县 文 化 和 旅 游 局', '2024 年 政 府 信 息 公 开 工 作 年 度 报 告', '发布机构：繁峙县文旅局'];
    expect(agencyOf(head)).toBe('繁峙县文化和旅游局');
  });
});

describe('title49: a higher region alone above a title naming a body with its own region', () => {
  it('the city, then the district’s bureau: one name', () => {
    expect(agencyOf(['忻州市', '繁峙县农业农村局2024年政府信息公开工作年度报告'])).toBe('忻州市繁峙县农业农村局');
  });

  it('a column naming the region the title’s name already holds is not put before it', () => {
    expect(agencyOf(['繁峙经济技术开发区', '忻州繁峙经济技术开发区2024年政府信息公开工作年度报告'])).toBe('忻州繁峙经济技术开发区');
  });

  it('a column of levels only (县市区) is no region', () => {
    expect(agencyOf(['县市区', '繁峙县农业农村局2024年政府信息公开工作年度报告'])).toBe('繁峙县农业农村局');
  });
});
