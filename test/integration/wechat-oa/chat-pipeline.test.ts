/**
 * Whole conversations through the WeChat official-account channel and the production pipeline
 * (real engine, real SQLite file with the sample reports): a voice message answered from its
 * Recognition text, 继续 after a long answer, and two questions in one message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { makeTestApp, type TestApp } from '../../helpers.js';
import { ACCOUNT_ID, field, nowSeconds, post, signedQuery, textMessageXml } from './helpers.js';
import { serveOaReceiver } from './serve-receiver.js';

let app: TestApp;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  app = makeTestApp();
  const channel = await serveOaReceiver({ token: 'gongkaiTestToken2024', encryptMode: 'plain', logger: silentLogger, handler: app.handle });
  baseUrl = channel.baseUrl;
  close = () => channel.close();
});
afterAll(async () => {
  await close();
  app.dispose();
});

let nextMessageId = 8_100_000_000_000_000_000n;
function messageId(): string {
  nextMessageId += 1n;
  return nextMessageId.toString();
}

/** A voice message as WeChat sends it when speech recognition is on: the audio's MediaId and the recognised text. */
function voiceMessageXml(options: { recognition: string; from: string }): string {
  return (
    `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName>` +
    `<FromUserName><![CDATA[${options.from}]]></FromUserName>` +
    `<CreateTime>${nowSeconds()}</CreateTime>` +
    `<MsgType><![CDATA[voice]]></MsgType>` +
    `<MediaId><![CDATA[media-${messageId()}]]></MediaId>` +
    `<Format><![CDATA[amr]]></Format>` +
    `<Recognition><![CDATA[${options.recognition}]]></Recognition>` +
    `<MsgId>${messageId()}</MsgId></xml>`
  );
}

async function say(from: string, content: string): Promise<string> {
  const response = await post(baseUrl, signedQuery(), textMessageXml({ content, msgId: messageId(), from }));
  expect(response.status).toBe(200);
  return field(response.text, 'Content') ?? '';
}

describe('chat through the official account', () => {
  it('answers a voice message from its Recognition text, fillers and spoken year included', async () => {
    const body = voiceMessageXml({ recognition: '嗯那个就是沙坡头区科技局二零二四年微博发了多少条。', from: 'oVoice-0001' });
    const response = await post(baseUrl, signedQuery(), body);
    const reply = field(response.text, 'Content') ?? '';
    expect(reply).toContain('159条');
    expect(reply).not.toContain('455');
  });

  it('goes on with a long answer on 继续, where it stopped, and says when nothing is left', async () => {
    const first = await say('oLong-0001', '海原县科技局2024年总体情况');
    expect(first).toContain('回复“继续”');
    const second = await say('oLong-0001', '继续');
    expect(second.length).toBeGreaterThan(20);
    // The next piece is new text, not the first piece again.
    expect(first).not.toContain(second.slice(0, 20));
    let last = second;
    for (let turn = 0; turn < 10 && last.includes('回复“继续”'); turn += 1) last = await say('oLong-0001', '继续');
    expect(await say('oLong-0001', '继续')).toContain('已经');
  });

  it('answers each question of a message with two, the second taking the first one’s agency and year', async () => {
    const reply = await say('oTwo-0001', '中卫市科技局2025年主动公开多少条？收到几件申请？');
    expect(reply).toContain('1. ');
    expect(reply).toContain('67条');
    expect(reply).toContain('2. ');
    expect(reply).toContain('中卫市科学技术局2025年本年新收申请（总计）为1件');
  });

  it('answers two figure questions joined by a comma', async () => {
    const reply = await say('oTwo-0002', '西工区科技局2024年行政许可几件，行政处罚几件');
    expect(reply).toContain('行政许可本年处理决定数量为6件');
    expect(reply).toContain('行政处罚本年处理决定数量为0件');
  });

  it('sums and compares two things of one report, and states the gap after two figures on 差多少', async () => {
    const sum = await say('oPair-0001', '海原县科技局2024年门户网站和公开栏加起来公开了多少条');
    expect(sum).toContain('19条');
    expect(sum).toContain('12条');
    expect(sum).toContain('两项合计31条');
    const gap = await say('oPair-0001', '沙坡头区科技局2024年公众号比微博多发了多少条');
    expect(gap).toContain('相差93条');
    expect(gap).not.toContain('455');
    await say('oPair-0002', '西工区科技局2024年主动公开几条');
    await say('oPair-0002', '那海原县主动公开几条');
    expect(await say('oPair-0002', '差多少')).toContain('相差67条');
    // One figure read for both things (25名 科技企业、科技人才代表) is never added to itself.
    const once = await say('oPair-0003', '沙坡头区科技局2024年科技企业和科技人才代表一共邀请了多少名');
    expect(once).toContain('25名');
    expect(once).not.toContain('50');
    expect(await say('oPair-0003', '海原县科技局24年公开栏比微信工作群多几条')).toContain('相差9条');
    // Two channels the report counts together (微信公众号、微博…455条): its figure, not 252 + 159.
    const together = await say('oPair-0003', '沙坡头区科技局2024年微信和微博一共发了多少条');
    expect(together).toContain('455条');
    expect(together).not.toContain('411');
  });

  it('keeps a follow-up that names a new thing off the remembered topic, and answers a yes/no about an event with its count', async () => {
    expect(await say('oTurns-0001', '沙坡头区科技局开放日请了几个人')).toContain('25名');
    expect(await say('oTurns-0001', '海原县的呢')).toContain('26名');
    const switched = await say('oTurns-0001', '再问一下特派员是几名来着');
    expect(switched).toContain('11名');
    expect(switched).not.toContain('26名');
    const event = await say('oTurns-0001', '海原县科技局2024年搞没搞政府开放日');
    expect(event).toMatch(/^有。/);
    expect(event).toContain('1场');
  });

  it('re-asks the last deadline on 延期的话呢, and reads 几楼 from a room number as such', async () => {
    expect(await say('oDate-0001', '今年6月15号交的，啥时候到期')).toContain('2026年7月14日');
    expect(await say('oDate-0001', '延期的话呢')).toContain('2026年8月11日');
    const floor = await say('oDate-0001', '沙坡头区科技局办公室几楼');
    expect(floor).toContain('305室');
    expect(floor).toContain('3楼');
    expect(await say('oDate-0001', '好嘞')).not.toContain('沙坡头区');
  });

  it('takes a correction as the question, compares one figure per agency, and asks the last question again on 上一个问题再说一遍', async () => {
    expect(await say('oFix-0001', '海原县科技局24年主动公开多少条')).toContain('89条');
    expect(await say('oFix-0001', '门户网站上呢')).toContain('19条');
    expect(await say('oFix-0001', '那西工区呢')).toContain('22条');
    expect(await say('oFix-0001', '不是，我问的是主动公开一共多少')).toContain('22条');
    const which = await say('oFix-0001', '哪个多');
    expect(which).toContain('海原县科学技术局2024年主动公开信息的条数89条最多');
    expect(which).not.toContain('19条');
    expect(await say('oFix-0001', '回到海原县，三区人才几个')).toContain('14名');
    expect(await say('oFix-0001', '科技特派员呢')).toContain('11名');
    expect(await say('oFix-0001', '上一个问题再说一遍')).toContain('11名');
    expect(await say('oFix-0001', '你们真没用')).toContain('抱歉没能帮上忙');
  });

  it('reads a region typed as pinyin initials and says how it was read; a paired follow-up takes the conversation’s agency', async () => {
    const initials = await say('oInit-0001', 'hsb科技局23年主动公开多少');
    expect(initials).toContain('“hsb科技局”按红寺堡区科学技术局理解');
    expect(initials).toContain('225条');
    expect(await say('oInit-0001', '那预决算和公示公告一共几件')).toContain('两项合计7件');
  });

  it('computes a deadline from a spoken date (下周一) and its extension in a follow-up', async () => {
    expect(await say('oDate-0002', '申请的话一般多久答复')).toContain('20个工作日');
    expect(await say('oDate-0002', '下周一交的话最晚哪天')).toContain('2026年12月28日');
    expect(await say('oDate-0002', '延期的话呢')).toContain('2027年1月26日');
    expect(await say('oDate-0002', '再说一遍')).toContain('2026年12月28日');
  });

  it('sums the last two figures on 这两个加起来, and never a total with its part', async () => {
    expect(await say('oSum-0001', '中卫市科技局主动公开几条')).toContain('67条');
    expect(await say('oSum-0001', '其中中卫日报上发的')).toContain('51条');
    expect(await say('oSum-0001', '网站上')).toContain('16条');
    const sum = await say('oSum-0001', '这两个加起来是多少');
    expect(sum).toContain('两项合计67条');
    expect(sum).not.toContain('118');
  });

  it('answers who applied on 是企业还是个人, a fee follow-up given as a count, and which of two things is more', async () => {
    expect(await say('oWho-0001', '中卫科技局去年有人来申请公开吗')).toContain('1件');
    expect(await say('oWho-0001', '是企业还是个人')).toContain('自然人1件');
    expect(await say('oFee-0001', '要收钱不')).toContain('不收费');
    expect(await say('oFee-0001', '一个月申请了12件呢')).toContain('合计200元');
    expect(await say('oWhich-0001', '西工区政府网站和智慧西工哪个发得多')).toContain('智慧西工更多（17条对5条），比政府网站多12条');
  });

  it('searches the conversation’s agency for a question nothing else understood, and answers its small talk', async () => {
    expect(await say('oMore-0001', '早呀～')).toContain('我可以回答');
    expect(await say('oMore-0001', '沙坡头科技局微博粉丝多少')).toContain('56人');
    expect(await say('oMore-0001', '微博后来怎么样了')).toContain('关停注销');
    expect(await say('oMore-0001', '先撤了886')).toContain('有需要随时找我');
  });

  it('follows a figure of an earlier year stated in a later report: the other year, its gap and ratio, the next thing and a share', async () => {
    // 的 between the place and the kind, and the year of the fact, not of the report (none for 2022 is stored).
    expect(await say('oYears-0001', '海原县的科技局R&D经费22年多少')).toContain('840万元');
    expect(await say('oYears-0001', '23年呢')).toContain('2023年的数字');
    expect(await say('oYears-0001', '涨了多少')).toContain('相差1167万元');
    const doubled = await say('oYears-0001', '翻倍了吗');
    expect(doubled).toMatch(/^翻倍了。/);
    expect(doubled).toContain('2.4倍');
    // 科技型 is no typo of 科技局; the new thing is looked for in the report that answered, not in a 2022 report.
    expect(await say('oYears-0001', '科技型中小企业呢')).toContain('33家');
    expect(await say('oYears-0001', '增速多少')).toContain('138.8%');
    await say('oShare-0001', '西工区科技局主动公开几条');
    await say('oShare-0001', '智慧西工发了几条');
    expect(await say('oShare-0001', '占比多少')).toContain('17条占22条的77.3%');
    expect(await say('oShare-0001', '说错了，是红寺堡')).toContain('225条');
    // Two things of one channel joined by 跟 in a follow-up: each answered.
    await say('oJoined-0001', '沙坡头科技局公众号粉丝多少');
    const joined = await say('oJoined-0001', '微博的粉丝跟发的条数呢');
    expect(joined).toContain('56人');
    expect(joined).toContain('159条');
    // Another applicant column asked with a count only, then the organisations together (never the 总计).
    await say('oColumns-0001', '中卫市科技局收到几件申请');
    expect(await say('oColumns-0001', '自然人几件')).toContain('（自然人）为1件');
    expect(await say('oColumns-0001', '法人呢')).toContain('（法人或其他组织）共0件');
    // A column named after the organisations is that column alone again, not the organisations' 0.
    expect(await say('oColumns-0001', '自然人几件')).toContain('（自然人）为1件');
    expect(await say('oColumns-0001', '单位几件')).toContain('（法人或其他组织）共0件');
    // 是几倍 after two agencies' figures: the larger over the smaller.
    await say('oTimes-0001', '海原县科技局主动公开几条');
    await say('oTimes-0001', '红寺堡呢');
    expect(await say('oTimes-0001', '是几倍')).toContain('225条是89条的2.5倍');
    // Back to the summary's problems on 问题 alone.
    await say('oJoined-0002', '中卫市科技局年报主要做法');
    expect(await say('oJoined-0002', '那问题呢')).toContain('精准性');
  });

  it('keeps a count asked in a chat with its agency, answers how to apply there from its guide or the rules, and the passage under a sub-heading', async () => {
    expect(await say('oKeep-0001', '沙坡头科技局24年主动公开了多少')).toContain('455条');
    expect(await say('oKeep-0001', '政府网站上发了几条')).toContain('44条');
    expect(await say('oKeep-0001', '那你们这边怎么申请')).toContain('库中没有沙坡头区科学技术局的政府信息公开指南');
    expect(await say('oKeep-0001', '行 谢谢 拜拜')).toContain('不客气');
    const passage = await say('oKeep-0002', '红寺堡科技局23年的申请情况');
    expect(passage).toContain('未收到');
    expect(passage).not.toContain('：二）');
  });
});
