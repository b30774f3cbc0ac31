/** Follow-ups in one chat reuse the last agency, year and figure; the memory is per user and expires. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message.js';
import { importFile } from '../../src/report/importer.js';
import { makeTestApp } from '../helpers.js';

let clock = new Date('2026-11-24T10:00:00+08:00').getTime();
const app = makeTestApp({ now: () => new Date(clock) });
afterAll(() => app.dispose());

function say(user: string, text: string): Promise<string> {
  const message: IncomingMessage = { channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date(clock) };
  return app.handle(message);
}

describe('follow-ups', () => {
  it('reuse agency, year and figure per user', async () => {
    expect(await say('alice', '西工区科技局2024年办理了几件行政许可？')).toContain('西工区科学技术局2024年行政许可本年处理决定数量为6件');
    expect(await say('alice', '海原县呢？')).toContain('海原县科学技术局2024年行政许可本年处理决定数量为0件');
    expect(await say('alice', '那行政处罚呢')).toContain('海原县科学技术局2024年行政处罚');
    expect(await say('alice', '那2023年呢？')).toContain('没有海原县科学技术局2023年的年度报告');
    expect(await say('bob', '那2023年呢？')).not.toContain('没有海原县科学技术局2023年');
  });

  it('switch the figure within the same agency and year, then the applicant breakdown', async () => {
    expect(await say('carol', '中卫市科学技术局2025年新收了多少件申请？')).toContain('1件');
    expect(await say('carol', '结转到下一年的有多少？')).toContain('中卫市科学技术局2025年结转下年度继续办理');
    expect(await say('carol', '申请都是谁提出的？')).toContain('自然人1件');
  });

  it('expire after ten minutes', async () => {
    expect(await say('dave', '西工区科技局2024年行政许可多少件')).toContain('6件');
    clock += 11 * 60 * 1000;
    const reply = await say('dave', '海原县呢？');
    expect(reply).not.toContain('海原县科学技术局2024年行政许可');
  });

  it('answer events, unsupported messages and help through the same router', async () => {
    const base = { channel: 'console', user: 'erin', chat: 'erin', text: '', receivedAt: new Date(clock) };
    expect(await app.handle({ ...base, kind: 'event', event: 'subscribe' })).toContain('欢迎关注');
    expect(await app.handle({ ...base, kind: 'event', event: 'unsubscribe' })).toBe('');
    expect(await app.handle({ ...base, kind: 'unsupported', unsupportedType: 'image' })).toContain('文字');
    expect(await app.handle({ ...base, kind: 'text', text: '帮助' })).toContain('您可以这样问');
    expect(await app.handle({ ...base, kind: 'text', text: '问'.repeat(2500) })).toContain('太长');
  });

  it('slows down a user who floods, not the others', async () => {
    const replies: string[] = [];
    for (let index = 0; index < 25; index += 1) replies.push(await say('flooder', '西工区科技局2024年行政许可多少件'));
    expect(replies.filter((reply) => reply.includes('太频繁'))).toHaveLength(5);
    expect(await say('calm', '西工区科技局2024年行政许可多少件')).toContain('6件');
  });
});

describe('conversation', () => {
  it('small talk gets a short friendly reply, what the bot can do once, and never a repeat of the last answer', async () => {
    const first = await say('fay', '你好呀');
    expect(first).toContain('您好');
    expect(first).toContain('我可以回答');
    const figure = await say('fay', '西工区科技局2024年行政许可多少件');
    expect(figure).toContain('6件');
    for (const text of ['好的', '嗯嗯', '谢谢啦', '再见', '拜拜']) {
      const answer = await say('fay', text);
      expect(answer).not.toContain('6件');
      expect(answer).not.toContain('我可以回答');
    }
    expect(await say('fay', '你是谁')).toContain('政府信息公开助手');
    const offTopic = await say('fay', '今天天气怎么样');
    expect(offTopic).toContain('回答不了');
    expect(offTopic).not.toContain('您可以这样问');
  });

  it('takes the reply to its own clarifying question as the answer, and keeps the topic across it', async () => {
    expect(await say('gus', '科技局2024年行政处罚多少件')).toContain('哪个科技局');
    expect(await say('gus', '海原县')).toContain('海原县科学技术局2024年行政处罚本年处理决定数量为0件');
  });

  it('asks which agency a kind alone means for a phone (电话多少 too), and reads a reply ending in 的 or 那个', async () => {
    expect(await say('gwen', '科技局电话多少')).toContain('哪个科技局');
    expect(await say('gwen', '沙坡头区的')).toContain('0955-8812012');
    expect(await say('gil', '科技局2024年行政处罚多少件')).toContain('哪个科技局');
    expect(await say('gil', '海原县那个')).toContain('海原县科学技术局2024年行政处罚本年处理决定数量为0件');
  });

  it('answers each question of a message, and a new agency without the remembered year from its latest report, saying so', async () => {
    const both = await say('hal', '西工区科技局2024年行政处罚多少件？行政强制呢？');
    expect(both).toContain('1. 西工区科学技术局2024年行政处罚');
    expect(both).toContain('2. 西工区科学技术局2024年行政强制');
    const other = await say('hal', '那中卫市科技局呢');
    expect(other).toContain('中卫市科学技术局没有2024年的报告，按最新的2025年报告回答');
    expect(other).toContain('中卫市科学技术局2025年行政强制');
    const verdict = await say('hal', '哪个多');
    expect(verdict).toContain('一样多');
    expect(verdict).toContain('年份不同');
  });

  it('"结果呢" after a figure, yes/no about applications, 继续 on a long section, a year without a report', async () => {
    expect(await say('ivy', '中卫市科技局收到几件申请')).toContain('1件');
    expect(await say('ivy', '结果呢')).toContain('予以公开1件');
    expect(await say('ivy', '有人申请过信息公开没')).toMatch(/^有。/);
    expect(await say('ivy', '有没有企业来申请')).toMatch(/^没有。.*商业企业/);
    const long = await say('ivy', '海原县科技局2024年总体情况');
    expect(long).toContain('回复“继续”');
    const next = await say('ivy', '继续');
    expect(next).toContain('主动公开政府信息89条');
    expect(long).not.toContain('主动公开政府信息89条');
    expect(await say('ivy', '中卫市科技局2026年行政许可多少件')).toContain('暂无中卫市科学技术局2026年的报告；以下是最新的2025年报告');
  });

  it('sum two answers asked with a measure word, and say what they can look up (citizen-questions-13)', async () => {
    expect(await say('jay', '海原县科技局开放日请了多少人')).toContain('26');
    expect(await say('jay', '沙坡头呢')).toContain('25');
    expect(await say('jay', '一共多少人')).toContain('51');
    expect(await say('jay', '加起来几个')).toContain('51');
    expect(await say('kim', '你都能查点啥')).toContain('我可以回答');
    expect(await say('lee', '你可以回答哪些问题')).toContain('我可以回答');
    expect(await say('lee2', '你能干点啥')).toContain('我可以回答');
    expect(await say('lee3', '你可以帮我做些什么')).toContain('我可以回答');
    expect(await say('lee4', '你会些啥')).toContain('我可以回答');
    expect(await say('lee5', '你都会点什么')).toContain('我可以回答');
    expect(await say('lee5', '行吧 谢了')).toContain('不客气');
    expect(await say('lee5', '好嘞谢谢')).toContain('不客气');
  });

  it('take laughter, 学习了, thanks said twice or after 好了没了, and thanks with a remark as small talk, never a question (citizen-questions-18)', async () => {
    expect(await say('kai', '海原县科技局行政许可几件')).toContain('0件');
    for (const chat of ['哈哈哈', '呵呵', '好的 学习了', '受教了']) {
      const reply = await say('kai', chat);
      expect(reply, chat).toContain('有需要随时找我');
      expect(reply, chat).not.toContain('0件');
    }
    for (const chat of ['呵呵呵 你还挺聪明', '哈哈哈 太逗了']) expect(await say('kai', chat), chat).toContain('有需要随时找我');
    expect(await say('kai', '哈哈 西工区科技局行政许可几件')).toContain('6件');
    for (const chat of ['辛苦啦辛苦啦', '谢谢谢谢', '好了没了 谢谢', '谢谢老师啦 学生们肯定爱听', '多谢 帮了大忙了'])
      expect(await say('kai', chat), chat).toContain('不客气');
    // A thanks before a question is the question.
    expect(await say('kai', '谢谢 西工区科技局行政许可几件')).toContain('6件');
    // 办没办 still asks yes or no.
    expect(await say('kai', '中卫市科技局给申请人公开没公开')).not.toContain('不客气');
  });

  it('compute the share of a figure the follow-up names by its value (这55条占总数的百分之多少), after a lead-in (给我举个例子)', async () => {
    await say('lou', '中卫市科技局去年主动公开总共多少条');
    await say('lou', '他们政务运行类占了多少条');
    expect(await say('lou', '这55条占总数的百分之多少')).toContain('55条占67条的82.1%');
    await say('lou2', '海原县科技局主动公开多少条');
    await say('lou2', '门户网站呢');
    expect(await say('lou2', '这19条占总数的几成')).toContain('19条占89条的21.3%');
    // A value no remembered figure has is no share.
    expect(await say('lou2', '这12条占总数的几成')).not.toContain('%');
    expect(await say('lou3', '给我举个例子 红寺堡区科技局2023年主动公开了多少条')).toContain('225条');
    expect(await say('lou3', '比如说 西工区科技局行政许可几件')).toContain('6件');
  });

  it('read 他们说要延期 / 对方通知要延长 after a deadline as the extended deadline; 复议/起诉…多少天 as the remedies (citizen-questions-18)', async () => {
    await say('ray', '我2025年12月22号交的申请 啥时候必须回我');
    expect(await say('ray', '要是他们说要延期呢')).toContain('2026年2月24日');
    await say('ray2', '2026年3月2日收到的申请什么时候到期');
    expect(await say('ray2', '如果对方通知要延长呢')).toContain('2026年4月28日');
    expect(await say('ray3', '复议要在多少天以内')).toContain('60日');
    expect(await say('ray3', '起诉的话几天内要去')).toContain('6个月');
    expect(await say('ray3', '多少天内答复')).toContain('20个工作日');
  });

  it('refuse a village’s own affairs (村务公开, 低保户, 村委会) with where to ask, never the reply time limit or the menu (citizen-questions-18)', async () => {
    for (const question of ['我们村的村务公开栏多久更新一次', '俺村村长说集体收入不用公示 对吗', '村里去年修路花了多少钱']) {
      const reply = await say('sam', question);
      expect(reply, question).toContain('村民委员会');
      expect(reply, question).not.toContain('20个工作日');
    }
    // How to apply for a village matter is still the rules of applying; an agency named is still answered.
    expect(await say('sam', '村里的低保名单能不能申请公开')).not.toContain('村民委员会组织法');
    expect(await say('sam', '海原县科技局政务公开栏公开了几条')).toContain('12条');
  });

  it('read a message cut mid-word with its rest when neither is understood alone (中卫日 | 报发了几条), never two unrelated misses (citizen-questions-18)', async () => {
    await say('tom', '沙坡头区科技局微博关注的有多少人');
    await say('tom', '中卫日');
    expect(await say('tom', '报发了几条')).toContain('51条');
    await say('tom2', '沙坡头区科技局的邮');
    expect(await say('tom2', '箱是多少')).toContain('sptqkxjsj@163.com');
    // Alone, the rest is not understood.
    expect(await say('tom3', '箱是多少')).not.toContain('sptqkxjsj');
    // Two misses that are no fragment and its rest stay misses.
    await say('tom4', '讲个笑话');
    expect(await say('tom4', '帮我查下明天的火车票')).toContain('回答不了');
  });

  it('refuse a share of a region’s whole no report holds (占全市的百分之几), never stating the part alone (citizen-questions-18/19)', async () => {
    for (const question of [
      '中卫市科技局主动公开的占全市的百分之几',
      '海原县科技局收到的申请在全县占比多少',
      '西工区科技局行政许可占全省几成',
    ]) {
      const reply = await say('una', question);
      expect(reply, question).toContain('无法计算');
      expect(reply, question).not.toMatch(/\d+[条件]/);
    }
    // A share of the agency's own total is still computed.
    expect(await say('una', '中卫市科技局中卫日报发的占全部主动公开的百分之几')).toContain('76.1%');
  });

  it('answer a prose figure asked with a word it never says from the sentence that word leads to (几条政策文件征求了意见建议)', async () => {
    expect(await say('vic', '中卫市科技局有几条政策文件征求了意见建议')).toContain('政策文件征求意见建议1条');
    expect(await say('vic', '中卫市科技局开放日收集了几条意见建议')).toContain('5条');
    // A made-up report of the same shape: 规划草案 asked, the open day's 意见建议 beside it.
    const directory = mkdtempSync(join(tmpdir(), 'gongkai-prose-qualified-'));
    try {
      const file = join(directory, 'dongling-kjj-2025.txt');
      writeFileSync(
        file,
        readFileSync(join(__dirname, '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8')
          .replaceAll('中卫市', '东岭县')
          .replace('科技项目立项通知公告 4 条、政策文件征求意见建议 1 条', '项目申报指南公告 2 条、规划草案征求意见建议 3 条'),
      );
      await importFile(app.reports, file);
      expect(await say('vic2', '东岭县科技局有几条规划草案征求了意见建议')).toContain('规划草案征求意见建议3条');
      expect(await say('vic2', '东岭县科技局开放日收集了几条意见建议')).toContain('5条');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('read names put apart by spaces and counted before the kind as a list (红寺堡 海原 西工三个科技局) (citizen-questions-18)', async () => {
    expect(await say('wes', '红寺堡 海原 西工三个科技局主动公开一共多少条')).toContain('合计336条');
    expect(await say('wes', '中卫　沙坡头两个科技局行政许可谁多')).toContain('都是0件');
    // Spaces without a count before the kind are no list.
    expect(await say('wes', '你好 海原县科技局主动公开几条')).toContain('89条');
  });

  it('refuse a city or county written without its level before a kind, never answering the last agency (citizen-questions-13)', async () => {
    expect(await say('max', '海原县科技局行政许可几件')).toContain('0件');
    const unknown = await say('max', '那固原科技局呢');
    expect(unknown).toContain('没有找到“固原科技局”');
    expect(unknown).not.toContain('0件');
    expect(await say('ned', '石嘴山教育局主动公开几条')).toContain('没有找到“石嘴山教育局”');
    // A place, 的 and a kind, or the kind then 里, asks among that place's agencies.
    expect(await say('ned', '洛阳的科技局里谁收到的申请最多')).not.toContain('没有找到');
  });

  it('answer 哪个最多 / 谁最少 from the places of the latest kind only (citizen-questions-14)', async () => {
    await say('pat', '沙坡头科技局主动公开几条');
    await say('pat', '红寺堡呢');
    expect(await say('pat', '谁最少')).toContain('红寺堡区科学技术局2023年主动公开信息的条数225条最少');
    await say('quinn', '西工区科技局行政许可几件');
    await say('quinn', '红寺堡呢');
    await say('quinn', '中卫市科技局处罚呢');
    // One figure of the latest kind (处罚): never a 行政许可 set against a 行政处罚.
    expect(await say('quinn', '哪家最多')).not.toContain('一样多');
  });

  it('ask a question answered from a sentence again for a year said alone, keeping its channel (citizen-questions-13)', async () => {
    expect(await say('rita', '沙坡头区科技局去年公众号发了几条')).toContain('252');
    const before = await say('rita', '前年呢');
    expect(before).toContain('发布信息252条');
    expect(before).not.toContain('455');
    // The same shape with a figure of another sentence: 海原's 科技特派员 for a year given in digits.
    expect(await say('sam', '海原县科技局今年科技特派员几名')).toContain('11');
    expect(await say('sam', '2024年的呢')).toContain('选聘科技特派员11名');
  });

  it('read 比 between two regions before one kind as two agencies (citizen-questions-13)', async () => {
    expect(await say('olga', '红寺堡比中卫科技局主动公开多几条')).toContain('158');
    expect(await say('olga', '西工比海原科技局行政许可多几件')).toContain('多6件');
  });
});
