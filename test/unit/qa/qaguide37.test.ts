/**
 * qaguide37: guides read and asked in ways the parser and the answers missed (issue #11). Read: a collection site's ordinal
 * before a title (第二篇:X局信息公开指南) is no part of the agency's name; an office named under 受理机构 with what it does run on
 * without a comma (X办公室负责受理…) is the office alone; hours that lost their colons and dashes (8301200143018) are no hours;
 * a place to read that is the agency's own 办公室, its contacts in brackets, gives the office's own post code and phone; a
 * refusal of 电话、短消息 as ways of applying is noted on the phone way; the sentence sending applicants to a 流程图 and the
 * guide's own words on what it does not disclose are kept. Asked: 流程图在哪看, 哪些信息不公开 / 刑事案件的材料能申请公开吗,
 * 开不开新闻发布会, 发短信能申请吗, 打电话可以吗 after an answer on applying; 能网上申请吗 of a guide naming no way online gives
 * its portal as its site, never as a place to apply; a site named without its address (X网站) is said; 目录多久更新 gets the
 * catalogue's own update clause; 单位去X厅申请要带啥 /
 * 我让律师代我向X厅申请 read the agency after who applies. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const collected = `第二篇:岭北县商务局信息公开指南
岭北县商务局信息公开指南
为便于公民、法人和其他组织获取本局政府信息,根据《中华人民共和国政府信息公开条例》,特编制本指南。
一、主动公开
本局主动公开机构职能、政策文件等信息,主要通过岭北县人民政府网站(http://www.lingbei.example.gov.cn/)公开。
《岭北县商务局信息公开目录》将根据工作需要每季度更新一次。
二、依申请公开
(一)不予公开范围说明
涉及国家秘密、商业秘密和个人隐私的政府信息,不属于公开范围。
(二)受理机构
受理机构:岭北县商务局办公室负责受理公众向本局提交的政府信息公开申请。
办公时间:8301200143017
(三)查阅场所
公民、法人和其他组织也可以前往县商务局办公室(岭北县建设路12号商务大楼305;邮编:999123;办公电话:8123456)查阅。
`;

const bureau = `青禾市交警支队政府信息公开指南
为了方便公众获取本支队的政府信息,编制本指南。《指南》每年更新一次,公众可以在青禾交警在线网站上查阅。
一、主动公开
(一)公开形式
本支队主要采取网上公开形式,并视情况召开新闻通报会公开政府信息。
二、依申请公开
公民、法人和其他组织需要本支队提供主动公开以外的政府信息,可以按照《依申请公开办理流程图》提出申请。
刑事案件侦查类信息不属于政府信息公开范围。
受理机构:青禾市交警支队办公室
申请人可以当面提交,也可以通过信函、传真方式提出申请。
本支队不直接受理通过电话、短消息等方式提出的申请,但申请人可以通过电话咨询相关事项。
`;

describe('qaguide37: read', () => {
  const guide = parseAgencyGuide(collected);
  it('drops a collection site’s ordinal before the title', () => {
    expect(guide.agency).toBe('岭北县商务局');
  });
  it('ends the office’s name before what it does, comma or none', () => {
    expect(guide.fields.accepting_office).toBe('岭北县商务局办公室');
  });
  it('reads no hours from digits that lost their colons and dashes', () => {
    expect(guide.fields.office_hours).toBeUndefined();
  });
  it('takes the post code and phone of a place to read that is the agency’s own office', () => {
    expect(guide.fields.post_code).toBe('999123');
    expect(guide.fields.phone).toBe('8123456');
  });
  it('keeps the guide’s own words on what it does not disclose', () => {
    expect(guide.fields.not_disclosed).toContain('商业秘密');
  });

  const other = parseAgencyGuide(bureau);
  it('keeps the sentence naming a flow chart, and notes the phone way refused with short messages', () => {
    expect(other.fields.application_flow).toContain('依申请公开办理流程图');
    expect(other.fields.channel_notes?.some((note) => note.startsWith('电话：') && note.includes('短消息'))).toBe(true);
    expect(other.fields.not_disclosed).toContain('刑事案件侦查类信息');
  });
});

describe('qaguide37: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['collected.txt', collected],
      ['bureau.txt', bureau],
    ]);
  });
  afterAll(() => app.dispose());

  const ask = async (question: string) => {
    const answer = await app.ask(question);
    expect(answer.kind).toBe('guide');
    return answer.answer;
  };

  it('answers where the flow chart is', async () => {
    expect(await ask('青禾市交警支队申请流程图在哪看')).toContain('依申请公开办理流程图');
  });
  it('answers what is not disclosed from the guide’s own words', async () => {
    expect(await ask('岭北县商务局哪些信息不公开')).toContain('商业秘密和个人隐私');
    expect(await ask('青禾市交警支队刑事案件的材料能申请公开吗')).toContain('刑事案件侦查类信息');
  });
  it('leaves a kind the guide’s own words never name to the general rules', async () => {
    expect(await ask('岭北县商务局的执法案卷能申请公开吗')).toContain('执法案卷');
  });
  it('takes no list’s head alone as what is kept back', () => {
    const listed = parseAgencyGuide(
      collected.replace(
        '涉及国家秘密、商业秘密和个人隐私的政府信息,不属于公开范围。',
        '下列信息不予公开:涉及国家秘密的信息\n2.涉及商业秘密的信息',
      ),
    );
    expect(listed.fields.not_disclosed).toBeUndefined();
  });
  it('answers whether press conferences are held from the ways of publishing', async () => {
    expect(await ask('青禾市交警支队开不开新闻发布会')).toContain('新闻通报会');
  });
  it('answers applying by short message with the guide’s refusal', async () => {
    expect(await ask('青禾市交警支队发短信能申请吗')).toContain('不直接受理');
  });
  it('answers 打电话可以吗 after an answer on applying as the phone way', async () => {
    const [, phone] = await converse(app, 'q37-phone', ['青禾市交警支队怎么申请信息公开', '打电话可以吗']);
    expect(phone.answer).toContain('不直接受理');
  });
  it('gives a portal as a site, not as a place to apply, when no way online is named', async () => {
    const answer = await ask('岭北县商务局能网上申请吗');
    expect(answer).not.toContain('网上申请：通过政府门户网站');
    expect(answer).toContain('没有写明网上申请地址');
  });
  it('names a site the guide names without its address', async () => {
    expect(await ask('青禾市交警支队网站叫啥')).toContain('青禾交警在线网站');
  });
  it('reads the agency after who applies and where they go', async () => {
    expect(await ask('单位去岭北商务局申请信息公开要带啥')).toContain('岭北县商务局');
    expect(await ask('我让律师代我向青禾市交警支队申请行不行')).toContain('委托');
  });
  it('answers how often the catalogue is updated from its own clause, not a reply’s time limit', async () => {
    const answer = await ask('岭北县商务局信息公开目录多久更新');
    expect(answer).toContain('每季度更新一次');
    expect(answer).not.toContain('答复期限');
  });
  it('gives no hours from digits that lost their colons', async () => {
    expect(await ask('岭北县商务局几点上班')).toContain('没有写明');
  });
});
