/**
 * corpus43: two shapes of reports-more49. A 自治州 by its short name (黔南州, a whole 州's report with no office in its name) is
 * an agency with its region, in a title or in the lead that names the report (现公布…州2024年…); a bare 州 (two characters, a
 * city like 杭州 without its 市) is still none. A contact clause that says 为 where a colon stands (办公地址为…,邮政编码为…,
 * 联系电话为…) gives the address, post code and phone. Made-up pages of real places, made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { isAgencyName } from '../../../src/report/identity.js';
import { parseReport } from '../../../src/report/parse.js';
import { extractContacts } from '../../../src/report/prose.js';

const page = (head: string[], body: string) =>
  [...head, '一、总体情况', body, '(二)依申请公开。本年度共收到政府信息公开申请2件。'].join('\n');

describe('corpus43: a 自治州 by its short name', () => {
  it('楚雄州, 黔东南州 and 甘孜藏族自治州 are names of agencies; 杭州 and 自治州 alone are not', () => {
    for (const name of ['楚雄州', '黔东南州', '甘孜藏族自治州']) expect(isAgencyName(name), name).toBe(true);
    for (const name of ['杭州', '自治州', '全州']) expect(isAgencyName(name), name).toBe(false);
  });

  it('a lead 现公布楚雄州2023年… with no title names the 州', () => {
    const { report } = parseReport(
      page(
        [
          '根据《中华人民共和国政府信息公开条例》要求,现公布楚雄州2023年政府信息公开工作年度报告。所列数据统计时限为2023年1月1日至12月31日。',
        ],
        '2023年,楚雄州各级各部门发布各类政府信息共8600余条。',
      ),
    );
    expect(report.agency).toBe('楚雄州');
    expect(report.year).toBe(2023);
  });

  it('a title 甘孜州2022年政府信息公开工作年度报告 is the 州’s', () => {
    const { report } = parseReport(page(['甘孜州2022年政府信息公开工作年度报告'], '2022年,甘孜州发布各类政府信息共5100余条。'));
    expect(report.agency).toBe('甘孜州');
    expect(report.year).toBe(2022);
  });
});

describe('corpus43: a contact clause with 为 where a colon stands', () => {
  it('办公地址为…,邮政编码为…,联系电话为… gives all three', () => {
    const contacts = extractContacts(
      '报告起草单位为榆树乡人民政府,办公地址为黑龙江省绥化市庆安县榆树乡中心街,邮政编码为152400,联系电话为4321765',
    );
    expect(contacts.address).toBe('黑龙江省绥化市庆安县榆树乡中心街');
    expect(contacts.post_code).toBe('152400');
    expect(contacts.phone).toBe('4321765');
  });

  it('以…为准 after 地址 is no address', () => {
    expect(extractContacts('具体办公地址为准,请电话咨询。').address).toBeUndefined();
  });
});
