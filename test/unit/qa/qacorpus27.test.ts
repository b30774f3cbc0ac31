/**
 * real-questions-corpus27's answer classes (reports-more27), each on the real sentence and a made-up second example (first
 * run 67/68, then 34/40 on the harder lines added after it, 3 wrong figures; 106/108 after): 转到下一年办理的有几件 is never
 * the clause carried in from the year before (上年结转7件) and 上年结转 never the clause carried on (转下年度办理9件); an
 * account's quoted name in any sentence of the report beats a bare word before 公众号, and the channel's own word (通过微信公众号)
 * is never a name; a place written before the name of an agency stored with no region (永春|桃城镇) is no word of the
 * thing asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus27 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more27/23 and 29), cut to what is asked.
      [
        'shenzhen.txt',
        `深圳市生态环境局2023年政府信息公开工作年度报告
一、总体情况
二是做好依申请公开工作。2023年共收到政府信息公开申请276件,上年结转7件,公开答复274件,转下年度办理9件。受疫情转段影响,申请量同比增长42.9%。`,
      ],
      [
        'gonghe.txt',
        `上海市静安区人民政府共和新路街道办事处2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开
及时维护、更新“上海静安”门户网站信息公开专栏和“七彩共和新”微信公众号的政府信息公开。坚持以公开为常态,及时公开公文类信息6件。通过微信公众号等线上平台,及时公开街道各类工作动态,全年共发布信息1096条。`,
      ],
      [
        'taocheng.txt',
        `發布機構:桃城鎮人民政府
根據《中華人民共和國政府信息公開條例》的規定,現公布2024年桃城鎮人民政府信息公開工作年度報告。本報告內容涵蓋鎮政府2024年1月1日至12月31日期間的政府信息公開工作情況。
一、總體情況
(一)主動公開信息情況
我鎮2024年度共主動公開政府信息2條,不予公開文件59條,依申請公開文件0條。`,
      ],
      // Made-up second examples of each class.
      [
        'baishi.txt',
        `白石镇人民政府2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。我镇2024年度通过政务公开栏公开村务信息36条。`,
      ],
      [
        'baihe.txt',
        `青川市白河县民政局2024年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。全年新收申请15件,上年结转3件,已答复14件,转入下一年度办理4件。`,
      ],
      [
        'qinghe.txt',
        `青川市清河区司法局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。通过政务微信等新媒体平台发布普法信息320条。
(四)平台建设。持续办好“清河普法”政务微信,更新区政府网站专栏。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('转到下一年办理的申请 is the clause carried on (转下年度办理9件), 上年结转 the clause carried in (7件)', async () => {
    expect(values(await app.ask('深圳市生态环境局2023年转到下一年办理的申请有几件'))).toEqual([9]);
    expect(values(await app.ask('深圳市生态环境局2023年上年结转的申请有几件'))).toEqual([7]);
    expect(values(await app.ask('白河县民政局2024年有几件申请转到下一年办'))).toEqual([4]);
    expect(values(await app.ask('白河县民政局2024年上年结转了几件申请'))).toEqual([3]);
  });

  it('a place written before a name stored with none (永春|桃城镇) is no word of the thing asked', async () => {
    expect(values(await app.ask('永春桃城镇2024年不予公开的文件有多少'))).toEqual([59]);
    expect(values(await app.ask('青石县白石镇2024年政务公开栏公开村务信息多少条'))).toEqual([36]);
  });

  it('a quoted account name anywhere in the report beats the channel word before 公众号 (通过微信公众号)', async () => {
    const real = await app.ask('共和新路街道的公众号叫啥');
    expect(real.answer).toContain('七彩共和新');
    expect(real.answer).not.toContain('“微信”');
    const madeUp = await app.ask('清河区司法局的公众号叫什么');
    expect(madeUp.answer).toContain('清河普法');
    expect(madeUp.answer).not.toContain('“政务”');
  });
});
