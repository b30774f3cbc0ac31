/**
 * corpus68: who a report with no title line is of, two shapes of reports-more74. A zone's committee named as the building of
 * a postal address (地址:…市…小镇…经济技术开发区管理委员会办公楼) gives the zone no longer name: the street's and the town's
 * words before it are the address's. A county's own report that says it is published on the county government's website
 * (本报告通过XX县人民政府网站公布), speaks as the county (全县) and gives its data bureau (数字化发展局) as whom to contact is
 * the government's, as one whose electronic copy sits there is. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse.js';

describe('corpus68: a zone committee named in a postal address', () => {
  const page = (address: string) =>
    [
      '本年度报告根据《中华人民共和国政府信息公开条例》编制,报告中所列数据的统计期限自2024年1月1日起,至2024年12月31日止。报告的电子版可在廊坊经济技术开发区政府网站政府信息公开专栏下载。',
      `如对本报告有任何疑问,请与廊坊经济技术开发区党政办公室联系(地址:${address},邮编:065001,电话:0316-6071234)。`,
      '一、总体情况',
      '2024年,廊坊经济技术开发区坚持以公开为常态,全年主动公开政府信息312条。',
    ].join('\n');

  it('the building of its committee after a town in the address: the zone as the text names it', () => {
    expect(parseReport(page('廊坊市广阳区艺术大道光明小镇廊坊经济技术开发区管理委员会办公楼301室')).report.agency).toBe(
      '廊坊经济技术开发区',
    );
  });

  it('an address of a street and a number only: the zone still', () => {
    expect(parseReport(page('廊坊市广阳区华祥路1号')).report.agency).toBe('廊坊经济技术开发区');
  });
});

describe('corpus68: a county report published on its government website, its data bureau the contact', () => {
  const page = (office: string, published: string) =>
    [
      `根据《中华人民共和国政府信息公开条例》要求,特编制完成本报告。所列数据统计期限为2024年1月1日至2024年12月31日。本报告${published}公布,如对本报告有任何疑问,请与${office}联系。联系电话:0997-2621234。`,
      '一、总体情况',
      '2024年,温宿县坚持以人民为中心的发展思想,全县政府信息公开工作的规范化水平得到进一步提升。',
      '(一)主动公开方面。全年主动公开政府信息1834条。',
    ].join('\n');

  it('通过温宿县人民政府网站公布, 请与温宿县数字化发展局联系: the county government', () => {
    expect(parseReport(page('温宿县数字化发展局', '通过温宿县人民政府网站(www.example.gov.cn)')).report.agency).toBe('温宿县人民政府');
  });

  it('a bureau that compiles nothing (温宿县交通运输局) as the contact keeps its report', () => {
    expect(parseReport(page('温宿县交通运输局', '通过温宿县人民政府网站(www.example.gov.cn)')).report.agency).toBe('温宿县交通运输局');
  });
});
