/**
 * gaps97's classes (issue #11: known gaps closed), each with a made-up example that fails without its fix.
 * 1. One body stored under two names, each the other's alias (a 苏木's 2023 report titled 陈巴尔虎旗鄂温克民族苏木, its 2024 one
 *    陈巴尔虎旗鄂温克民族苏木人民政府): a year asked by the short name is answered from the name holding that year (was: the
 *    name the mention found, refused for the year).
 * 2. 比去年下降了百分之多少 of a figure each year's prose states (主动公开…条): the rate worked out from the two years' figures,
 *    said to be worked out (was: both figures, no rate).
 * 3. A guide sending its ways of applying to an attachment (接收渠道:《…申请接收渠道》(附件2)): 怎么申请 and 能网上申请吗 say
 *    where they are listed (was: the form alone, or only that no online address is written).
 * 4. A bare place with a year (紫阳县2024年…) whose agencies are its government (stored 繁体, 紫陽縣人民政府) and its zone, the
 *    government alone holding the year: the government is answered (was: asked back which of the two).
 * 5. A courier named (用顺丰寄申请行吗, 走快递寄): the letter way's note (本机关只接收中国邮政寄件) is said (was: not understood).
 * 6. A way headed 互联网渠道 (3.互联网渠道。通过“政务公开-依申请公开”栏目在线提交申请): its words are the online way's note, said for
 *    能网上申请吗 (was: only that no online address is written).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp, xigongAs } from '../../helpers.js';

describe('gaps97: known gaps closed (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'ewenke-2023.txt',
        xigongAs('陈巴尔虎旗鄂温克民族苏木', '陈巴尔虎旗', '本年主动公开政府信息73条。', '本年共收到政府信息公开申请2件。', 2023),
      ],
      [
        'ewenke-2024.txt',
        xigongAs('陈巴尔虎旗鄂温克民族苏木人民政府', '陈巴尔虎旗', '本年主动公开政府信息88条。', '本年共收到政府信息公开申请1件。'),
      ],
      [
        'manzhouli-hg-guide.txt',
        [
          '满洲里海关政府信息公开指南',
          '为方便公民、法人和其他组织获取满洲里海关政府信息,满洲里海关根据《中华人民共和国政府信息公开条例》,编制了《满洲里海关政府信息公开指南》。',
          '一、本机关对外发布政府信息情况',
          '本机关对外公开政府信息的渠道有如下2个:',
          '1.满洲里海关门户网站网址:http://manzhouli.customs.gov.cn/;',
          '2.专线咨询电话:12360海关统一服务热线。',
          '二、政府信息公开申请渠道',
          '(一)申请人可通过以下方式向本机关提交政府信息公开申请:',
          '申请人填写《海关政府信息公开申请表》(附件1)。申请人可在满洲里海关门户网站上自行下载、打印。',
          '接收渠道:《满洲里海关政府信息公开申请接收渠道》(附件2)。',
          '(二)申请人对所需信息的描述应尽量明确和详细。',
        ].join('\n'),
      ],
      ['ziyang-gov.txt', xigongAs('紫陽縣人民政府', '紫陽縣', '本年主动公开政府信息640条。', '本年共收到政府信息公开申请9件。')],
      ['ziyang-zone.txt', xigongAs('紫阳县经济开发区', '紫阳县', '本年主动公开政府信息31条。', '本年共收到政府信息公开申请0件。', 2019)],
      [
        'erlian-yjj-guide.txt',
        [
          '二连浩特市应急管理局政府信息公开指南',
          '公民、法人或者其他组织可以向本机关申请获取主动公开以外的政府信息。',
          '(一)受理机构',
          '二连浩特市应急管理局办公室。',
          '咨询电话:0479-7520001',
          '通讯地址:二连浩特市前进路8号',
          '(二)申请方式',
          '1.信函申请。通过信函提出申请,应填写《申请表》,并在信封正面注明“政府信息公开申请”字样,本机关只接收中国邮政寄件。',
          '2.当面提交。通过当面提交申请,请提前电话联系。申请人需携带有效身份证明及复印件,规范填写《申请表》。',
          '3.互联网渠道。通过“政务公开-依申请公开”栏目在线提交申请。',
          '(三)申请的处理',
        ].join('\n'),
      ],
      ['wuyuan-2023.txt', xigongAs('五原县隆兴昌镇', '五原县', '本年主动公开政府信息200条。', '本年共收到政府信息公开申请3件。', 2023)],
      ['wuyuan-2024.txt', xigongAs('五原县隆兴昌镇', '五原县', '本年主动公开政府信息150条。', '本年共收到政府信息公开申请2件。')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers a year of a body stored under two names from the name holding that year', async () => {
    const earlier = await app.ask('鄂温克民族苏木2023年主动公开了多少条', 'g97-name1');
    expect(earlier.kind).toBe('figure');
    expect(earlier.facts.map((fact) => fact.value)).toContain(73);
    const later = await app.ask('鄂温克民族苏木2024年主动公开了多少条', 'g97-name2');
    expect(later.facts.map((fact) => fact.value)).toContain(88);
    const full = await app.ask('陈巴尔虎旗鄂温克民族苏木人民政府2023年主动公开了多少条', 'g97-name3');
    expect(full.facts.map((fact) => fact.value)).toContain(73);
  });

  it('works out the rate of change of a prose figure between two years', async () => {
    const rate = await app.ask('隆兴昌镇2024年主动公开比去年下降了百分之多少', 'g97-rate1');
    expect(rate.answer).toContain('下降约25%');
    expect(rate.answer).toContain('是计算结果');
    expect(rate.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([150, 200]));
  });

  it('says where a guide lists its ways of applying when it sends them to an attachment', async () => {
    const how = await app.ask('满洲里海关怎么申请信息公开', 'g97-attach1');
    expect(how.answer).toContain('附件2');
    const online = await app.ask('满洲里海关能网上申请吗', 'g97-attach2');
    expect(online.answer).toContain('附件2');
  });

  it('answers a bare place with a year from its own government when it alone holds that year', async () => {
    const held = await app.ask('紫阳县2024年主动公开了多少条', 'g97-place1');
    expect(held.answer).toContain('紫陽縣人民政府');
    expect(held.facts.map((fact) => fact.value)).toContain(640);
    const other = await app.ask('紫阳县2024年公安局主动公开了多少条', 'g97-place2');
    expect(other.facts).toEqual([]);
  });

  it('reads a courier named as the letter way, and says the guide’s note on it', async () => {
    const courier = await app.ask('二连浩特市应急管理局用顺丰寄申请行吗', 'g97-post1');
    expect(courier.answer).toContain('中国邮政');
    const express = await app.ask('二连浩特市应急管理局走快递寄申请可以吗', 'g97-post2');
    expect(express.answer).toContain('中国邮政');
  });

  it('reads a way headed 互联网渠道 as the online way, and says its words', async () => {
    const online = await app.ask('二连浩特市应急管理局能网上申请吗', 'g97-web1');
    expect(online.answer).toContain('依申请公开”栏目');
  });
});
