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
