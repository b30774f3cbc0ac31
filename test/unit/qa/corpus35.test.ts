/**
 * real-questions-corpus35's answer classes (reports-more41), each on a made-up report: a state farm (垦殖场, 农场) is an agency,
 * named by its contact clause's 办公室 without the 办公室 and found by its own name without its county; a 兵团 division (第九师) is
 * a region; a sentence opening with 此外 adds what other means published after the year's total, never that total; a count of
 * 村务公开 asked in a conversation about an agency is its report's, not the village committee's business; and contacts printed
 * loosely: a space after the area code's dash, a phone after 请联系:, an address unlabelled after the phone; 其中网上提交的呢
 * after a count of applications asks those made online; and 占多少比例 after a part whose sentence prints its share is that share.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const values = (answer: { facts: ReadonlyArray<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('real-questions-corpus35 classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'hongxing.txt',
        `红星场2024年政府信息公开工作年度报告
报告中所列数据的统计时限自2024年1月1日至2024年12月31日。如对本报告有任何疑问,请与示例县红星垦殖场办公室联系(地址:示例县红星路9号;邮编:330999;电话:0795- 4630000)
一、总体情况
(一)主动公开情况
截至2024年12月31日,我场共主动公开政府信息120条,其中,政策文件6条,村务公开70条。
(二)依申请公开
2024年,我场共收到依申请件0件。`,
      ],
      [
        'baiyang.txt',
        `第九师白杨河农场2024年政府信息公开工作年度报告
一、总体情况
2024年,白杨河农场主动公开政府信息88条。`,
      ],
      [
        'qingshui.txt',
        `清水乡人民政府2024年政府信息公开工作年度报告
本报告中所列数据的统计时限为2024年1月1日至2024年12月31日。如对本年度报告有疑问,请联系:0356-5870000。
一、总体情况
(一)政府信息主动公开情况
2024年,全年累计主动公开政府信息150条。其中,乡镇文件公开30条。此外,我乡还通过召开村民代表大会以及张贴宣传资料等方式,公开各类政府信息40条。
(二)政府信息依申请公开情况
2024年,我乡未收到任何政府信息公开申请。`,
      ],
      [
        'yuanxi.txt',
        `远溪乡2024年政府信息公开工作年度报告
本报告中所列数据的统计时限为2024年1月1日至2024年12月31日。
一、总体情况
(一)主动公开政府信息情况
累计公开信息90条。其中,部门工作动态信息60条,占比66.7%;财政信息9条,占比10%;政策文件信息6条,占比6.7%。
(二)依申请公开政府信息情况
2024年共收到政府信息公开申请20件,其中网络申请15件,信函申请5件。`,
      ],
      [
        'songlin.txt',
        `示例市松林局2025年政府信息公开工作年度报告
本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有任何疑问,请与示例市松林局联系(电话:0468-3330000,示例市工农区东林路7号;电子邮箱:songlin@example.cn)。
一、总体情况
2025年,我局主动公开政府信息66条。`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a state farm named only by its contact clause’s 办公室 is the farm, found by its own name', async () => {
    const [answer] = await converse(app, 'c35-farm', ['红星垦殖场2024年主动公开多少条政府信息']);
    expect(values(answer)).toContain(120);
    expect(answer.answer).toContain('示例县红星垦殖场');
    expect(answer.answer).not.toContain('垦殖场办公室');
  });

  it('a 兵团 division is the region of its farm', async () => {
    const [answer] = await converse(app, 'c35-division', ['白杨河农场2024年主动公开了多少条信息']);
    expect(values(answer)).toContain(88);
  });

  it('此外…公开各类政府信息40条 after the total of 150 is more by other means, not the total', async () => {
    const [answer] = await converse(app, 'c35-further', ['清水乡2024年主动公开政府信息多少条']);
    expect(answer.facts[0]?.value).toBe(150);
    expect(answer.answer).toContain('主动公开政府信息150条');
  });

  it('其中村务公开多少 in a conversation about the farm is its report’s count', async () => {
    const answers = await converse(app, 'c35-village', ['红星垦殖场2024年主动公开多少条', '其中村务公开多少']);
    expect(values(answers[1])).toContain(70);
    // A village's own affairs asked alone stay the villagers' committee's.
    const [alone] = await converse(app, 'c35-village-alone', ['我们村的村务公开栏多久更新']);
    expect(alone.answer).toContain('村民委员会');
  });

  it('contacts printed loosely: 0795- 4630000, 请联系:0356-5870000, an address unlabelled after the phone', async () => {
    const [farm] = await converse(app, 'c35-phone-space', ['红星垦殖场电话']);
    expect(farm.answer).toContain('0795-4630000');
    const [town] = await converse(app, 'c35-phone-contact', ['清水乡人民政府联系电话']);
    expect(town.answer).toContain('0356-5870000');
    const [bureau] = await converse(app, 'c35-address', ['示例市松林局地址在哪']);
    expect(bureau.answer).toContain('东林路7号');
  });

  it('其中网上提交的呢 after a count of applications asks those made online (网络申请15件)', async () => {
    const answers = await converse(app, 'c35-online', ['远溪乡2024年收到几个信息公开申请', '其中网上提交的呢']);
    expect(values(answers[0])).toContain(20);
    expect(values(answers[1])).toContain(15);
  });

  it('占多少比例 after a part whose sentence prints its share (财政信息9条,占比10%) is that share', async () => {
    const answers = await converse(app, 'c35-share', ['远溪乡的信息里面财政的有几条', '占多少比例']);
    expect(values(answers[0])).toContain(9);
    expect(answers[1].answer).toContain('10%');
  });
});
