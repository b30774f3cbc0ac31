/**
 * Real 2025 report pages of 卫生健康 bodies not in the repository (嵩明县卫生健康局, 阿尔山市卫生健康委员会, 昆明市盘龙区卫生健康局;
 * from the search corpus, cut where the corpus cut them), asked in citizens' words, and made-up second examples of each class:
 * - a document's name glued by the segmenter to the verb after it (答复|书出|了几份): the name is whole (答复书), so
 *   答复书出了几份 finds 出具《政府信息公开申请答复书》1份;
 * - applications counted with 有 or 共 before the number and no verb of receiving (2025年度有1件依申请公开信息) answer
 *   收到几件申请 on a page cut before table 三;
 * - 那X呢 after a follow-up that was itself 那Y呢 asked the engine with itself for ever (a stack overflow, answered with the
 *   apology); it is now answered;
 * - 一共多少 after figures of different things (6条 applications of one body, 106条 on another's website) is no sum; after
 *   one part of a whole its sentence prints (网站公开106条 of 全年累计主动公开政府信息165条，其中…), it is that whole;
 * - a channel's posts asked with no measure word (微博发了多少) are items published, as 微博发了多少条;
 * - 谁多 between 6条 and 1件 states the difference in the unit of the figure it follows (多5条);
 * - an account's name quoted before 政务 or 官方 and the channel's word (“浑江区卫生健康局”政务微信公众号) is its name;
 * - 报告有几个部分 of a page cut after its first part says the page is cut, and the six parts of the format, not 共一部分.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const SONGMING = `嵩明县卫生健康局2025年政府信息公开工作年度报告
一、总体情况
(一)政府信息主动公开成效显著
2025 年,县卫生健康局坚持 “以公开为常态、不公开为例外”,持续扩大公开范围、丰富公开内容。全年累计主动公开政府信息 165 条,其中通过 “悦读嵩明” 平台发布 59 条,通过嵩明县人民政府网站公开 106 条。
(二)依申请公开工作规范高效
2025 年度,县卫生健康局严格按照《中华人民共和国政府信息公开条例》规定,规范处理政府信息依申请公开事项。全年共收到依申请公开申请 1 件,在法定时限内完成审查、办理与答复,出具《政府信息公开申请答复书》1 份,确保申请人合法权益得到充分保障,依申请公开工作实现 “零逾期、零投诉”。
(三)信息管理体系不断完善
县卫生健康局建立健全 “主要领导负总责、分管领导具体抓、办公室统筹落实” 的工作机制,确保公开
`;
const AERSHAN = `阿尔山市卫生健康委员会2025年
政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本年度报告有疑问,请与阿尔山市卫生健康委员会联系(电话:0482-7122361)。
一、总体情况
(一)主动公开情况
2025年度市卫健委聚焦卫生健康核心业务,明确公开范围与重点,实现信息精准推送。全年主动公开各类政府信息70条,涵盖机构职能、政策文件、财政预决算、行政执法、公共卫生服务、民生保障等关键领域。
(二)依申请公开情况
2025年度有1件依申请公开信息。
(三)政府信息管理情况
市卫健委贯彻落实《中华人民共和国政府信息公开条例》文件要求,建立健全政府信息管理机制,规范文件起草、审核、发布、更新流程,落实“谁起草、谁公开
`;
const PANLONG = `昆明市盘龙区卫生健康局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开方面
全年通过盘龙区人民政府门户网站主动公开行政处罚信息公示47条,行政许可信息公示1143条,医疗机构许可47条,通知公告信息46条。通过微信官方公众号发布报道247篇。
(二)依申请公开方面
全年受理依申请公开政府信息6条,均在规定时间内予以答复,答复率达到 100%。
(三)政府信息管理方面
严格遵循相关法律法规及政策要求,切
`;
const HUNJIANG = `白山市浑江区卫生健康局2025年政府信息公开工作年度报告
一、总体情况
(一)积极推动政府信息主动公开。
2025年我局在浑江区政府网站政府信息公开基础平台发布信息3篇,公益事业基本医疗卫生领域发布信息23条,“浑江区卫生健康局”政务微信公众号发布信息62篇。
(二)规范办理流程,依法依规做好政府信息依申请公开工作
2025年我局在依申请公开工作中严格落实《政府信息公开条例》,安排专人负责依申请公开事项的登记、办理和答复工作。在办理工作中,精准
`;
// Made up: the same shapes in other words.
const MADE_UP = `青石县医疗保障局2025年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况
全年共计主动公开政府信息88条,其中通过县政府网站公开60条,通过“青石医保”官方微信公众号发布28条。
(二)依申请公开情况
本年度共2件依申请公开,均按期答复,出具《政府信息公开告知书》2份,送达《补正申请通知书》1份。
(三)政府信息管理情况
无
`;

describe('real 卫健 pages of 2025 and made-up second examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['songming-wjj-2025.txt', SONGMING],
      ['aershan-wjw-2025.txt', AERSHAN],
      ['panlong-wjj-2025.txt', PANLONG],
      ['qingshi-ybj-2025.txt', MADE_UP],
      ['hunjiang-wjj-2025.txt', HUNJIANG],
    ]);
  });
  afterAll(() => app?.dispose());
  let users = 0;
  const conversation = () => {
    const user = `probe16:${(users += 1)}`;
    return (q: string) => app.engine.ask(q, { user });
  };
  const ask = (q: string) => conversation()(q);

  it.each([
    ['嵩明卫健局答复书出了几份', 1],
    ['嵩明卫健局答复书发了几份', 1],
    ['青石县医保局告知书出了几份', 2],
    ['青石县医保局补正通知书发了几份', 1],
  ])('%s → %i: a document’s name the segmenter glued to the verb after it', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it.each([
    ['阿尔山卫健委收到几件申请', 1],
    ['阿尔山卫健委新收申请多少件', 1],
    ['青石县医保局收到几件信息公开申请', 2],
  ])('%s → %i: applications counted with 有 or 共 and no verb', (q, value) => {
    const answer = ask(q);
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value)).toEqual([value]);
  });

  it('那阿尔山呢 after 那嵩明县呢 after 盘龙收到几件申请: each answered, none with the apology', () => {
    const say = conversation();
    expect(say('盘龙区卫健局收到几件申请').facts.map((fact) => fact.value)).toEqual([6]);
    expect(say('那嵩明县呢').facts.map((fact) => fact.value)).toEqual([1]);
    const third = say('阿尔山呢');
    expect(third.answer).not.toContain('系统暂时无法回答');
    expect(third.facts.map((fact) => fact.value)).toEqual([1]);
    const fourth = say('那青石县医保局呢');
    expect(fourth.facts.map((fact) => fact.value)).toEqual([2]);
  });

  it('一共多少 after figures of different things is no sum of them; after one part it is the whole printed', () => {
    const say = conversation();
    say('盘龙区卫健局收到几件申请');
    say('嵩明的呢');
    expect(say('嵩明卫健局网站公开了多少条').facts.map((fact) => fact.value)).toEqual([106]);
    const total = say('一共多少');
    expect(total.answer).not.toContain('112');
    expect(total.facts.map((fact) => fact.value)).toEqual([165]);
    const other = conversation();
    expect(other('青石县医保局公众号发了多少条').facts.map((fact) => fact.value)).toEqual([28]);
    expect(other('一共多少').facts.map((fact) => fact.value)).toEqual([88]);
  });

  it('两个加起来 after the same thing of two bodies is still their sum', () => {
    const say = conversation();
    say('嵩明卫健局网站公开了多少条');
    say('青石县医保局网站公开了多少条');
    const sum = say('两个加起来');
    expect(sum.facts.at(-1)?.value).toBe(166);
  });

  it.each([
    ['嵩明卫健局微博发了多少', /没有写明/],
    ['盘龙卫健局公众号发了多少', /247/],
    ['青石县医保局公众号发了多少', /28/],
    ['青石县医保局抖音发了多少', /没有写明/],
  ])('%s: a channel’s posts asked with no measure word', (q, expected) => {
    const answer = ask(q);
    expect(answer.answer).toMatch(expected);
    expect(answer.answer).not.toContain('没有理解');
  });

  it('谁多 between 6条 and 1件 states the difference in the unit of the figure it follows', () => {
    const answer = ask('嵩明和盘龙卫健局谁收到的申请多');
    expect(answer.answer).toContain('多5条');
    expect(ask('嵩明和盘龙卫健局谁收到的申请少').answer).toContain('少5件');
  });

  it.each([
    ['浑江卫健局公众号叫什么', '“浑江区卫生健康局”'],
    ['青石县医保局微信公众号名字', '“青石医保”'],
  ])('%s: the name quoted before 政务 or 官方 and the channel’s word', (q, name) => {
    const answer = ask(q);
    expect(answer.kind).toBe('text');
    expect(answer.answer).toContain(name);
  });

  it('报告有几个部分 of a cut page says it is cut and gives the six parts of the format', () => {
    const answer = ask('浑江卫健局的报告有几个部分');
    expect(answer.answer).toContain('不完整');
    expect(answer.answer).toContain('共六部分');
    expect(answer.answer).not.toMatch(/共一部分/);
  });
});
