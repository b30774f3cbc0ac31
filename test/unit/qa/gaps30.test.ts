/**
 * gaps30's classes, each on made-up pages.
 * 1. 分哪几类 asked of a count whose breakdown opens the next sentence (…发布信息9035条。其中,概况类信息418条,政务动态信息…) or is
 *    numbered (其中:1.政策性文件1条;2.工作动态类信息12条;…): 哪几类 was read as a count in 类 (refused: 单位不同), and the kinds were
 *    looked for only up to the total's full stop and only as words ending in 类.
 * 2. Two agencies compared where the first is named short (鄂州税务) and the second by a kind (民委): the kind was distributed to the
 *    first (鄂州税务民委), which then named nothing; and a region read as its one agency (铜川 → 铜川市公安局) followed by words of
 *    its name (公安) before 和 did not let the second name (龙华公安分局) join.
 * 3. Two accounts compared whose counts are printed in 条 and 篇 (公众号623条 against 推送信息435篇): posts either way.
 * 4. A role asked with 是谁 (领导小组组长是谁) where the sentence naming the group is followed by the one filling the role (由党工委
 *    书记与办事处主任担任组长): the group's sentence was quoted alone; the next one is read with it when it names the role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const HEAD = (name: string, year: number) => `${name}${year}年政府信息公开工作年度报告
本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
`;

describe('gaps30: kinds listed after a total, two agencies compared by short names, posts in 条 and 篇', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'qingshui.txt',
        `${HEAD('青水县', 2024)}(一)进一步加强主动公开。借助青水县政府门户网站,全年累计发布信息1250条。其中,概况类信息150条,政务动态信息800条,信息公开目录信息300条,有力展现了我县政务全景。受理网民留言36条。`,
      ],
      [
        'lanhe.txt',
        `${HEAD('兰河市信访局', 2025)}兰河市信访局认真落实政务公开工作要求,在市政府官网主动公开政府信息共计15条,其中:1.政策性文件2条;2.工作动态类信息8条;3.公告公示5条。`,
      ],
      [
        'fengchuan.txt',
        `${HEAD('国家税务总局丰川市税务局', 2023)}2023年,丰川市税务局主动公开信息900条,其中,依托门户网站公开信息380条,官方微信订阅号发布信息520条。`,
      ],
      [
        'jiuxi.txt',
        `${HEAD('九溪区民族事务委员会', 2025)}据统计,“九溪区民族事务委员会”公众号全年共推送和发布信息610条,被区政府门户网站等采用40条。`,
      ],
      ['qingling.txt', `${HEAD('青岭市公安局', 2024)}2024年,共收到依申请公开办理事项9件,其中,8件均按时限依法答复,1件结转下年办理。`],
      ['songhua.txt', `${HEAD('江州市公安局松华分局', 2024)}2024年,本局共收到政府信息公开申请26件,均按时答复。`],
      [
        'qinghe-agri.txt',
        `${HEAD('清河市农业农村局', 2021)}全平台发布各类政务信息合计700条,其中网站发布自主信息90条,官方微博150条,官方公众号460条;`,
      ],
      [
        'dongqiao.txt',
        `${HEAD('东桥街道办事处', 2024)}2024年,东桥街道高度重视政务公开工作,组建了政务公开工作领导小组。由党工委书记担任组长,办事处副主任担任副组长,各科室负责人作为成员。全年主动公开信息56条。`,
      ],
      ['qinghe-edu.txt', `${HEAD('清河市教育局', 2024)}“清河教育”微信公众号推送或转发信息380篇。门户网站发布信息120条。`],
    ]);
  });
  afterAll(() => app.dispose());

  it('lists the kinds of a breakdown opening the sentence after the total', async () => {
    const answer = await app.ask('青水县2024年网站发布的信息分哪几类');
    expect(answer.answer).toContain('概况类');
    expect(answer.answer).toContain('政务动态');
    expect(answer.answer).toContain('信息公开目录');
  });

  it('lists numbered kinds, 哪几类 being no count asked in 类', async () => {
    const answer = await app.ask('兰河市信访局2025年主动公开的信息分哪几类');
    expect(answer.answer).toContain('政策性文件');
    expect(answer.answer).toContain('公告公示');
    expect(answer.answer).not.toContain('单位不同');
  });

  it('compares a short-named bureau joined to a body named by its kind', async () => {
    const answer = await app.ask('丰川税务和九溪民委谁公众号发得多');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('九溪');
    expect(answer.facts.map((fact) => fact.value).sort()).toEqual([520, 610]);
  });

  it('compares a region read as its one bureau, with words of its name, and a branch after 和', async () => {
    const answer = await app.ask('青岭公安和松华公安分局谁收到的申请少');
    expect(answer.kind).toBe('figure');
    expect(answer.answer).toContain('青岭市公安局最少');
    expect(answer.facts.map((fact) => fact.value).sort()).toEqual([26, 9]);
  });

  it('compares two accounts whose posts are counted in 条 and 篇', async () => {
    const answer = await app.ask('清河的农业农村局和教育局公众号谁发得多');
    expect(answer.kind).toBe('figure');
    expect(answer.facts.map((fact) => fact.value).sort()).toEqual([380, 460]);
  });

  it('reads the sentence after the group when it names the role asked', async () => {
    const answer = await app.ask('东桥街道政务公开领导小组组长是谁');
    expect(answer.answer).toContain('党工委书记');
    expect(answer.answer).not.toContain('，。');
  });
});
