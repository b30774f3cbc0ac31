/**
 * qachat68's classes (conversations after a miss, citizen-questions-110), each with a made-up example that fails without its
 * fix. The figures are made up; the places are real ones, not the fixtures'.
 * 1. 余姚有几个镇 / 余姚有几个单位 (a place written alone, then how many or which of its bodies, nothing else asked), and 都有谁
 *    right after: the place's stored agencies of the level named, counted and listed (was: 有多个机关…请问您问的是哪一个, and
 *    都有谁 off-topic).
 * 2. 泗门镇有几个专职人员 (a question of its own, naming the agency) in reply to 请问您问的是哪个机关、哪一年: asked afresh (was:
 *    read as the name completing the question asked back, and refused).
 * 3. 24年呢 after 电话多少 of an agency with no report of that year: the latest report's contacts, said as that report's, with
 *    暂无…2024年的报告 (was: the contacts with no word that the year asked is not held).
 * 4. 法治政府建设专栏呢 after a count of one town: the column's count (was: 法治政府 read as the kind 政府, 您问的是哪个政府).
 * 5. 网站公开了多少条 against 利用政府门户网主动公开信息35条 (the website printed 门户网, without 站): that figure (was: 没有写明
 *    通过这个渠道发布的条数).
 * 6. 为什么比去年多 after a count of applications: the report's sentence giving the reason of the change (…较去年增加的原因分析
 *    如下:…), of the year talked about (was: not understood, 去年 read as the report asked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, cutPage, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qachat68: conversations after a miss (made-up store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-12-07T10:00:00+08:00') });
    await importTexts(app, [
      [
        'yy-sm-2025.txt',
        cutPage(
          '余姚市泗门镇',
          2025,
          '（一）主动公开 2025年,全镇主动公开政府信息58条。明确党政办具体落实,指定1名专职工作人员负责信息公开。',
        ),
      ],
      ['yy-lm-2025.txt', cutPage('余姚市陆埠镇', 2025, '（一）主动公开 2025年,全镇主动公开政府信息41条。')],
      [
        'yy-ly-2024.txt',
        cutPage(
          '余姚市凤山街道',
          2024,
          '截至2024年底,累计公开政务信息40条,其中法定主动公开内容12条,法治政府建设专栏信息3条。',
          '2024年利用政府门户网主动公开信息27条,利用微信公众号发布信息51条。',
          '全年受理依申请公开6件。信息公开申请数量较去年增加的原因分析如下:辖区内旧村改造项目信息公开申请增多。',
          '主动公开信息较去年减少,原因是部分栏目合并。',
        ),
      ],
      ['cx-gov-2024.txt', cutPage('慈溪市人民政府', 2024, '（一）主动公开 2024年,全市主动公开政府信息900条。')],
      ['fh-gov-2024.txt', cutPage('奉化区人民政府', 2024, '（一）主动公开 2024年,全区主动公开政府信息700条。')],
      ['yy-jy-2025.txt', cutPage('余姚市教育局', 2025, '（一）主动公开 2025年,我局主动公开政府信息120条。')],
      [
        'lz-2023.txt',
        cutPage(
          '余姚市梨洲街道',
          2023,
          '如对本报告有疑问,请与余姚市梨洲街道党政办联系(地址:余姚市梨洲路18号,电话:0574-62001234)。',
          '（一）主动公开 2023年,街道主动公开政府信息33条。',
        ),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it("counts and lists a place's stored bodies of the level asked, and lists them again on 都有谁", async () => {
    const [towns, who] = await converse(app, 'towns', ['余姚有几个镇', '都有谁']);
    expect(towns.kind).not.toBe('clarify');
    expect(towns.answer).toContain('2个');
    for (const answer of [towns, who]) {
      expect(answer.answer).toContain('泗门镇');
      expect(answer.answer).toContain('陆埠镇');
      expect(answer.answer).not.toContain('教育局');
    }
    const [bodies] = await converse(app, 'bodies', ['余姚市有几个单位']);
    expect(bodies.answer).toContain('5个');
  });

  it('answers a question naming its agency afresh when it comes in reply to which agency', async () => {
    const [asked, staff] = await converse(app, 'reply-question', ['simen镇25年公开了几条', '泗门镇有几个专职人员']);
    expect(asked.kind).toBe('clarify');
    expect(staff.answer).toContain('1名专职工作人员');
  });

  it('says the year asked after a contact is not held, then gives the latest contacts', async () => {
    const [phone, unheld] = await converse(app, 'contact-year', ['梨洲街道23年电话多少', '24年呢']);
    expect(phone.answer).toContain('0574-62001234');
    expect(unheld.answer).toContain('暂无');
    expect(unheld.answer).toContain('2024年');
    expect(unheld.answer).toContain('0574-62001234');
  });

  it('reads 法治政府建设专栏 as a thing, not the kind 政府', async () => {
    const [, column] = await converse(app, 'rule-of-law', ['凤山街道24年公开了多少条政务信息', '法治政府建设专栏呢']);
    expect(column.kind).toBe('figure');
    expect(column.facts.map((fact) => fact.value)).toContain(3);
  });

  it('answers the website asked from a count printed of the 门户网', async () => {
    const [site, , sum] = await converse(app, 'portal', ['凤山街道24年网站公开了多少条', '公众号呢', '两个加起来']);
    expect(site.facts.map((fact) => fact.value)).toContain(27);
    expect(sum.answer).toContain('78');
  });

  it('quotes the reason of a change of applications, of the year talked about', async () => {
    const [, why] = await converse(app, 'change-why', ['凤山街道24年受理了几个依申请', '为什么比去年多']);
    expect(why.answer).toContain('旧村改造');
    expect(why.answer).not.toContain('栏目合并');
  });
});
