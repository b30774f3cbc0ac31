/**
 * prose38's classes (facts reports state only in sentences: sections 五 and 六, fees, places to read, dates), on made-up
 * pages: a sentence sharing only the words every report holds (政务, 公开) never answers a count of a thing it does not name
 * (查阅点); 公开|专区 is no mistyped district (开州区); 这份报告是哪天发的 in a conversation is the remembered report's date;
 * 无收取信息处理费情况 states none was collected; 收没收信息公开的费用 and 一共收了多少钱 in a conversation ask the agency's
 * report, not the rules; a section 六 that reads 无| alone says there is nothing; 问责 asks 责任追究 (and 追责 finds 问责 printed);
 * 薄弱环节 asks the problems; 打算做好哪几个方面 lists one report's plans, no ranking; 专区里有查阅点吗 asks the report first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const whole = (title: string, body: string, tail: string, year = 2025, head = '') => `${head}${title}
本报告所列数据统计期限为${year}年1月1日至12月31日。
一、总体情况
${body}
二、主动公开政府信息情况
(略)
三、收到和处理政府信息公开申请情况
(略)
四、政府信息公开行政复议、行政诉讼情况
(略)
${tail}`;

const REPORTS: Record<string, string> = {
  'town.txt': whole(
    '东坪县青石镇人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。更新完善《政务公开标准目录》《基层政务公开事项清单》4份清单,推动政务公开提质增效。在镇便民服务中心设立政务公开专区2处,专区内设置资料查阅点。对信息发布不及时的相关责任人进行约谈问责。',
    '五、存在的主要问题及改进情况\n一是公开内容不够全面;二是解读形式单一。2026年,我镇将着力做好以下两个方面:一是拓展公开范围;二是丰富解读形式。\n六、其他需要报告的事项\n2025年，无收取信息处理费情况。',
    2025,
    '发布时间：2026-01-18 09:30\n',
  ),
  'district.txt': whole(
    '重庆市开州区人民政府2025年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息120条。修订《政务公开标准目录》等3份清单,推动政务公开规范化。',
    '五、存在的主要问题及改进情况\n政策解读的深度不够。\n六、其他需要报告的事项\n本年度全区收取信息处理费共计260元。',
  ),
  'bureau.txt': whole(
    '东坪县水务局2024年政府信息公开工作年度报告',
    '(一)主动公开。全年主动公开政府信息35条。(二)监督保障。2024年,本局未发生责任追究情况。',
    '五、存在的主要问题及改进情况\n我局工作仍有薄弱环节,信息更新不够及时。下一步,我局将加强培训。\n六、其他需要报告的事项\n无|',
    2024,
  ),
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('prose38 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2026-06-01T10:00:00+08:00') });
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('a sentence sharing only 政务/公开 with the question never answers a count of a thing it does not name', async () => {
    const answer = await app.ask('开州区2025年政务公开查阅点有几个');
    expect(values(answer), answer.answer).not.toContain(3);
    expect(answer.answer).not.toMatch(/3份清单/);
  });

  it('公开专区 is no mistyped district: the zone counted is the town’s', async () => {
    const answer = await app.ask('青石镇2025年政务公开专区有几个');
    expect(answer.answer).not.toMatch(/开州区/);
    expect(values(answer), answer.answer).toContain(2);
  });

  it('这份报告是哪天发的 in a conversation is the remembered report’s date', async () => {
    const [, dated] = await converse(app, 'p38-date', ['青石镇2025年政务公开专区有几个', '这份报告是哪天发的']);
    expect(dated.kind, dated.answer).toBe('text');
    expect(dated.answer).toMatch(/2026-01-18/);
    const [, again] = await converse(app, 'p38-date2', ['青石镇2025年存在什么问题', '报告什么时候发布的']);
    expect(again.answer).toMatch(/2026-01-18/);
  });

  it('无收取信息处理费情况 states none was collected', async () => {
    const [, fee] = await converse(app, 'p38-fee', ['青石镇2025年存在什么问题', '收没收费']);
    expect(fee.answer).toMatch(/^.*没有收取/);
    expect(fee.answer).toMatch(/无收取信息处理费情况/);
  });

  it('收没收信息公开的费用 and 一共收了多少钱 in a conversation ask the agency’s report, not the rules on fees', async () => {
    const [, asked, amount] = await converse(app, 'p38-fee2', ['开州区2025年存在什么问题', '收没收信息公开的费用', '一共收了多少钱']);
    expect(asked.kind, asked.answer).not.toBe('guide');
    expect(asked.answer).toMatch(/260元/);
    expect(amount.kind, amount.answer).not.toBe('guide');
    expect(values(amount)).toContain(260);
  });

  it('a section 六 reading 无| alone says there is nothing, not that the page is cut', async () => {
    const answer = await app.ask('东坪县水务局2024年其他需要报告的事项');
    expect(answer.kind, answer.answer).toBe('text');
    expect(answer.answer).not.toMatch(/不完整/);
    expect(answer.answer).toMatch(/：无/);
  });

  it('问责 asks 责任追究, and 追责 finds 问责 printed', async () => {
    const none = await app.ask('东坪县水务局2024年有没有问责的');
    expect(none.kind, none.answer).toBe('text');
    expect(none.answer).toMatch(/未发生责任追究/);
    const held = await app.ask('青石镇2025年有没有人被追责');
    expect(held.kind, held.answer).toBe('text');
    expect(held.answer).toMatch(/约谈问责/);
  });

  it('薄弱环节 asks the problems; 打算做好哪几个方面 lists one report’s plans, no ranking', async () => {
    const weak = await app.ask('东坪县水务局2024年工作中有什么薄弱环节');
    expect(weak.answer).toMatch(/信息更新不够及时/);
    const [, plans] = await converse(app, 'p38-plan', ['青石镇2025年存在什么问题', '打算做好哪几个方面']);
    expect(plans.kind, plans.answer).toBe('text');
    expect(plans.answer).toMatch(/拓展公开范围/);
  });

  it('专区里有查阅点吗 in a conversation asks the report first', async () => {
    const [, held] = await converse(app, 'p38-place', ['青石镇2025年政务公开专区有几个', '专区里有查阅点吗']);
    expect(held.kind, held.answer).not.toBe('guide');
    expect(held.answer).toMatch(/资料查阅点/);
  });
});
