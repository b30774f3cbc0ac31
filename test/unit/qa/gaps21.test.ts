/**
 * gaps21's classes, each with its real case and a made-up second example.
 * 1. A service that is not disclosure asked of a named agency (湖州市公安局办身份证要多久, 柘城县供电公司办新装用电要什么材料),
 *    a utility's price or heating date (电费多少钱一度, 什么时候开始供暖) and a labour complaint (老板拖欠工资去哪投诉): the agency's
 *    guide answered another thing (a disclosure application's papers, reply time or remedies). Now the service reply (12345).
 * 2. A 分别 pair (“西山发布”微信和微博分别发布信息1408条、6502条): the importer labelled both counts with the whole clause and
 *    the 微博 channel, so 微博发了几条 quoted a garbled clause and 一共 summed nothing. Each count is now its own name's; a sum
 *    computed (两项合计) is stated among the facts.
 * 3. A yes/no (有没有被告上法庭) answered 有 from a report's list of its own parts (全文包括…提起行政诉讼情况…六部分): a
 *    part's title states nothing; the clause that counts the case (行政诉讼案1件) answers.
 * 4. 分 typed for 份 where documents are counted (主动公开文件多少分, 几分申请).
 * 5. The reply time asked as 申请信息公开多少天答复: 公开多少 read as a count published, so the guide was not asked.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('gaps21: services that are not disclosure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const guides = join(import.meta.dirname, '..', '..', 'fixtures', 'guides');
    for (const file of ['huzhou-gaj-guide.txt', 'zhecheng-gdgs-guide.txt', 'lianzhou-dongbei-guide.txt'])
      await importFile(app.reports, join(guides, file));
  });
  afterAll(() => app.dispose());

  it('answers a service asked of an agency with a guide by the service reply, not the guide', async () => {
    for (const question of ['湖州市公安局办身份证要多久', '湖州市公安局办居住证要啥材料', '柘城县供电公司办新装用电要什么材料']) {
      const real = await app.ask(question);
      expect(real.kind, question).toBe('text');
      expect(real.answer).toContain('12345');
      expect(real.answer).not.toContain('指南');
    }
    // Made up: an agency not stored, a service and a wait asked in other words.
    const made = await app.ask('青禾县公安局补办驾驶证需要几天');
    expect(made.kind).toBe('text');
    expect(made.answer).toContain('12345');
  });

  it('answers a utility price, a heating date and a wage complaint by the service reply', async () => {
    for (const question of [
      '柘城县电费多少钱一度',
      '扬州市人社局老板拖欠工资去哪投诉',
      '青禾县水费怎么收的',
      '岭北县热力公司啥时候开始供暖',
    ]) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('text');
      expect(answer.answer, question).toContain('12345');
      expect(answer.facts).toEqual([]);
    }
  });

  it('reads 申请信息公开多少天答复 as the reply time, not a count published', async () => {
    const real = await app.ask('连州东陂镇申请信息公开多少天答复');
    expect(real.kind).toBe('guide');
    expect(real.answer).toContain('15个工作日');
    // Made up: 几天 and another agency with a guide that states no time limit (the general 20 are given, said to be general).
    const made = await app.ask('湖州市公安局申请公开几天能给答复');
    expect(made.kind).toBe('guide');
    expect(made.answer).toContain('20个工作日');
  });

  it('keeps a report figure or a disclosure question that names a service', async () => {
    for (const question of ['湖州市公安局2023年办理居住证多少张', '申请信息公开要带身份证吗', '湖州市公安局公开办身份证的流程吗']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('12345');
    }
  });
});

describe("gaps21: a 分别 pair, a report's list of its parts, 分 for 份", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
    // 西山区 2025 (a 分别 pair), 新华路街道 2023 (a list of parts, then 行政诉讼案1件), 荔浦市 2022 (597份): real pages.
    for (const file of ['reports-more26/03.txt', 'reports-more23/17.txt', 'reports-more22/30.txt'])
      await importFile(app.reports, join(fixtures, file));
    await importTexts(app, [
      [
        'qinghe.txt',
        `青禾县水利局2024年政府信息公开工作年度报告
本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。
一、总体情况
本报告由青禾县水利局编制,全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分。
2024年,通过局门户网站、“青禾水利”公众号和抖音号分别发布信息120条、86条、31条,全年未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('labels each count of a 分别 pair by its own name', () => {
    const real = extractProseFigures('“云上西山”APP发布信息3446篇,“西山发布”微信和微博分别发布信息1408条、6502条。', '一、总体情况');
    expect(real.filter((figure) => figure.unit === '条').map((figure) => [figure.label, figure.value, figure.channel])).toEqual([
      ['“西山发布”微信发布信息', 1408, '微信公众号'],
      ['微博发布信息', 6502, '微博'],
    ]);
    const made = extractProseFigures('通过门户网站、公众号和抖音号分别发布信息120条、86条、31条。', '一、总体情况');
    expect(made.map((figure) => figure.value)).toEqual([120, 86, 31]);
    expect(made[2].label).toBe('抖音号发布信息');
    expect(made[2].channel).toBe('抖音');
  });

  it('answers one item of a 分别 pair, and their sum', async () => {
    const real = await app.ask('西山区2025年西山发布微博发了多少条');
    expect(real.facts.map((fact) => fact.value)).toEqual([6502]);
    const sum = await app.ask('西山区2025年西山发布微信和微博一共发了多少条');
    expect(sum.facts.map((fact) => fact.value)).toContain(7910);
    const made = await app.ask('青禾县水利局2024年抖音号发了几条');
    expect(made.facts.map((fact) => fact.value)).toEqual([31]);
  });

  it("reads no yes from a report's list of its own parts", async () => {
    const real = await app.ask('新华路街道2023年有没有因为信息公开被告上法庭');
    expect(real.answer).toMatch(/^有。/);
    expect(real.answer).toContain('行政诉讼案1件');
    const made = await app.ask('青禾县水利局2024年有没有被告上法庭');
    expect(made.answer).toMatch(/^没有/);
  });

  it('reads 分 as 份 where documents are counted, never in a score', async () => {
    const real = await app.ask('荔浦市2022年主动公开文件多少分');
    expect(real.facts.map((fact) => fact.value)).toEqual([597]);
    const made = await app.ask('荔浦市2022年主动公开了几分文件');
    expect(made.facts.map((fact) => fact.value)).toEqual([597]);
    const { plainWords } = await import('../../../src/qa/colloquial.js');
    expect(plainWords('荔浦市2022年政务公开考核得了多少分')).toContain('多少分');
  });
});
