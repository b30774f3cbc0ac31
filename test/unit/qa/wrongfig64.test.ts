/**
 * wrongfig64's classes, on made-up pages cut after their overview: a list item that is only a channel's name (政务微博120条,
 * 抖音号45条, 微博(账号名)800条), stored as no count by channel, answers that channel asked, never the total of all channels
 * nor a refusal; an item with words of its own (接到微博投诉事件9条) counts something else. A count printed before the total in
 * another measure word (公示…信息52篇,主动公开…信息38条) is said beside the total, never 其中. A sentence cut right after a
 * bare number of the handling asked (…、公开答复8) answers that handling with no other clause's count (接收留言89条). 公示 asked
 * last (行政许可公示多少) is the verb of 公示行政许可信息180条, no noun of 公告公示47条. 还有几件在办 asks what is still being handled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const page = (agency: string, year: number, ...sentences: string[]) =>
  [`${agency}${year}年政府信息公开工作年度报告`, '一、总体情况', '(一)主动公开情况', ...sentences].join('\n');

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig64 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'yuncheng.txt',
        page('运城市盐湖区人民政府', 2024, '全年局门户网站主动公开信息1620条,政务微信240条,政务微博120条,抖音号45条,今日头条号66条。'),
      ],
      [
        'xinzhou.txt',
        page(
          '忻州市忻府区人民政府',
          2023,
          '2023年,我区通过各类政务公开载体发布信息9300条,其中政务网1200条,微博(忻府发布)800条,微信(忻府区)700条,今日头条500条,抖音60条。',
        ),
      ],
      [
        'yongji.txt',
        page('永济市人民政府', 2023, '2023年,永济市通过政府网站主动公开信息310条、发布微博57条、微信公众号260条,接到微博投诉事件9条。'),
      ],
      [
        'hejin.txt',
        page('河津市发展和改革局', 2025, '2025年在市政府网站累计公示各类工作动态、数据发布信息64篇,主动公开各类公文及非公文信息41条。'),
      ],
      ['jishan.txt', page('稷山县应急管理局', 2023, '完成网站互动交流平台集约化改造升级,接收留言57条、处理留言57条、公开答复6')],
      ['pinglu.txt', page('平陆县应急管理局', 2023, '全年公示行政许可信息180条、行政处罚信息21条,发布公告公示47条。')],
      [
        'xiaxian.txt',
        page('夏县城市管理局', 2022, '全年共收到政府信息公开申请70件,已办结66件、正在办理4件,申请事项涉及环卫、燃气等多个领域。'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('a list item that is only the channel’s name answers that channel', async () => {
    const douyin = await app.ask('盐湖区2024年抖音发布多少条');
    expect(values(douyin), douyin.answer).toEqual([45]);
    const weibo = await app.ask('盐湖区2024年政务微博发了多少条');
    expect(values(weibo), weibo.answer).toEqual([120]);
  });

  it('an account’s name in brackets after the channel still names it, and the total of all channels is no answer', async () => {
    const weibo = await app.ask('忻府区2023年微博发布多少条');
    expect(values(weibo), weibo.answer).toEqual([800]);
    expect(weibo.answer.split('\n')[0]).not.toContain('9300');
  });

  it('an item with words of its own on the channel is not its posts', async () => {
    const weibo = await app.ask('永济市2023年微博发布多少条');
    expect(values(weibo), weibo.answer).toEqual([57]);
  });

  it('a count printed before the total in another measure word is not said to be part of it', async () => {
    const total = await app.ask('河津市发改局2025年主动公开多少条');
    expect(values(total), total.answer).toContain(41);
    expect(total.answer).not.toMatch(/其中[^。]*64篇/);
  });

  it('the handling asked, cut right after its bare number, is answered by no other clause', async () => {
    const replied = await app.ask('稷山县应急管理局2023年公开答复多少条留言');
    expect(values(replied), replied.answer).not.toContain(57);
    const received = await app.ask('稷山县应急管理局2023年接收留言多少条');
    expect(values(received), received.answer).toEqual([57]);
  });

  it('a verb of publishing asked after the thing (行政许可公示多少) is no noun: the thing it is printed before counts', async () => {
    const permits = await app.ask('平陆县应急管理局2023年行政许可公示多少');
    expect(values(permits), permits.answer).toEqual([180]);
    const notices = await app.ask('平陆县应急管理局2023年公告公示多少条');
    expect(values(notices), notices.answer).toEqual([47]);
  });

  it('还有几件在办 asks what is still being handled', async () => {
    const open = await app.ask('夏县城市管理局2022年还有几件在办');
    expect(values(open), open.answer).toEqual([4]);
    expect(values(open)).not.toContain(70);
  });
});
