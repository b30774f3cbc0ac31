/**
 * real-questions-corpus31's answer classes (reports-more33), each on the real sentence and a made-up second example: a count
 * after a comparison's baseline (比2023年度增加19件) is the change, never that year's count; a 苏木 (Inner Mongolia's
 * township) is a town whose 人民政府办公室 is its own office; 概况类信息 (a website's kind of items) is a count, not section
 * 一's 概况; 官网动态新闻类消息 names the website as the items' channel, no web address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus31 classes on real sentences and made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      // The real sentences (reports-more33/24, 15, 28, 05), cut to what is asked.
      [
        'changning.txt',
        `本年度报告根据《中华人民共和国政府信息公开条例》、《上海市政府信息公开规定》要求编制。本年度报告中所列数据的统计期限自2024年1月1日起至12月31日止。
一、总体情况
2024年,长宁区卫健委认真贯彻实施《中华人民共和国政府信息公开条例》。
(二)依申请公开
2024年,我委共受理信息公开申请64件(其中,自然人提交申请60件,商业企业、科研机构、社会公益组织、法律服务机构等其他组织提交申请4件),比2023年度增加19件。`,
      ],
      [
        'bayanmuren.txt',
        `阿拉善左旗巴彦木仁苏木人民政府2024年政府信息公开工作年度报告
本年度报告电子版可以从阿拉善高新区、乌兰布和示范区管委会网站下载。如对本年度报告有疑问,请与阿拉善左旗巴彦木仁苏木人民政府办公室联系(电话:0483-8118999)。
一、总体情况
(一)主动公开情况。
2024年阿拉善高新技术产业开发区门户网站46条,“阿拉善左旗巴彦木仁苏木人民政府”微信公众号推送信息240篇。`,
      ],
      [
        'dizhen.txt',
        `本报告由湖北省地震局根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计时间为2025年1月1日至2025年12月31日。
一、总体情况
(一)持续深化政府信息主动公开
2025年,通过局门户网站主动公开各类信息557条,其中概况类信息19条,政务动态信息332条,信息公开目录信息206条。办理政务服务事项3人次,处理回复群众留言22条。`,
      ],
      [
        'wenlv.txt',
        `吉林省文化和旅游厅2024年政府信息公开工作年度报告
一、总体情况
(二)加强政府信息主动公开2024年,我厅通过官方网站、政府信息公开专栏、政务新媒体平台主动公开信息20216条,其中,政府信息公开专栏63条;官方网站政务类信息731条、动态新闻类消息606条;通过微信微博抖音等新媒体平台发布信息18816条制作和维护各类专题6个。`,
      ],
      // Made-up second examples of each class.
      [
        'qingshui.txt',
        `示例市青水区民政局2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。2025年,我局共收到政府信息公开申请31件,较2024年减少7件,与2024年相比下降18%。`,
      ],
      [
        'baishui.txt',
        `示例市白水县司法局2025年政府信息公开工作年度报告
一、总体情况
(二)依申请公开情况。2025年,我局共收到信息公开申请12件,比2024年(20件)下降40%,公开和部分公开占比较2024年增加5%。`,
      ],
      [
        'hadatu.txt',
        `示例旗哈达图苏木人民政府2025年政府信息公开工作年度报告
如对本报告有疑问,请与示例旗哈达图苏木人民政府办公室联系(电话:0477-5550123)。
一、总体情况
(一)主动公开情况。2025年,我苏木通过政府网站公开信息58条。`,
      ],
      [
        'shiliju.txt',
        `示例省气象局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2025年,通过局门户网站主动公开各类信息300条,其中概况类信息12条,政务动态信息200条,信息公开目录信息88条。官网新闻类稿件140篇。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a count after a comparison’s baseline (比2023年度增加19件) is the change, never that year’s count', async () => {
    const real = await app.ask('长宁区卫健委2023年受理了多少件申请');
    expect(real.kind).toBe('refusal');
    expect(values(real)).toEqual([]);
    const madeUp = await app.ask('青水区民政局2024年收到多少件信息公开申请');
    expect(madeUp.kind).toBe('refusal');
    expect(values(madeUp)).toEqual([]);
    // The year's own count is still read, and so is the baseline's count printed in brackets right after it (比2024年(20件)).
    expect(values(await app.ask('青水区民政局2025年收到多少件信息公开申请'))).toEqual([31]);
    expect(values(await app.ask('白水县司法局2024年收到多少件信息公开申请'))).toEqual([20]);
  });

  it('a 苏木 named without its 旗, then its 人民政府办公室, is the 苏木 itself', async () => {
    expect((await app.ask('巴彦木仁苏木人民政府办公室电话')).answer).toContain('0483-8118999');
    expect((await app.ask('哈达图苏木政府办公室电话是多少')).answer).toContain('0477-5550123');
  });

  it('概况类信息 asked after its total is that item’s count, not section 一', async () => {
    expect(values(await app.ask('湖北省地震局2025年通过门户网站主动公开了多少条信息', 'd1'))).toContain(557);
    expect(values(await app.ask('概况类信息呢', 'd1'))).toEqual([19]);
    expect(values(await app.ask('信息公开目录信息呢', 'd1'))).toEqual([206]);
    expect(values(await app.ask('示例省气象局2025年主动公开了多少条信息', 'd2'))).toContain(300);
    expect(values(await app.ask('概况类的呢', 'd2'))).toEqual([12]);
    // 概况 alone still asks for section 一.
    expect((await app.ask('示例省气象局2025年总体概况')).kind).not.toBe('figure');
  });

  it('官网 before a kind of items is their channel, not the web address asked', async () => {
    expect(values(await app.ask('吉林省文化和旅游厅2024年主动公开信息一共多少条', 'w1'))).toContain(20216);
    expect(values(await app.ask('官网动态新闻类消息呢', 'w1'))).toEqual([606]);
    expect(values(await app.ask('示例省气象局官网新闻类稿件多少篇'))).toEqual([140]);
  });
});
