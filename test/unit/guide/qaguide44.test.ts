/**
 * qaguide44: made-up guides for what guides-58 taught the parser and the guide answers (issue #11). A page saved as its
 * content system's JSON answer ({"data":{"title":…,"content":"<p>…<\/span>"}}), whole or cut mid-string, is read as the
 * article it holds (imported as a guide, where a whole JSON document was refused as data); an office said to be 我会…工作的
 * 具体负责部门, or to 负责 the work and 受理 applications in the same sentence, is the accepting office, and one that only 主管
 * the work is not; 电子邮箱方式: is the mailbox's label; a way numbered (1) keeps the words after its heading; a place under
 * 指定地点为: is a reading place; a 收费标准 printed before the application part that names the 信息处理费 is the fee for applying
 * (a 免费 said of what is published is not); 周末办不办 and 周六办事吗 ask the office hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { extractText } from '../../../src/report/extract.js';
import { cmsArticleText } from '../../../src/report/extract/cms-json.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const article =
  '<p><span>一、政府信息公开机构及职责<\\/span><\\/p><p>(一)<font>东川市人民政府办公室<\\/font>负责市政府信息公开工作,指导、协调全市政府信息公开工作;' +
  '依法受理公民、法人和其他组织向东川市人民政府提出的政府信息公开申请。<\\/p><p><b>办公地址:<\\/b>东川市北山路12号,邮编:650999;' +
  '<b>联系电话:<\\/b>0870-5550123<\\/p>';
const answer = `{"status":true,"msg":"接口访问成功!","data":{"id":"ab12","title":"东川市政府信息公开指南","content":"${article}"}}`;

describe('qaguide44: a content system’s JSON answer', () => {
  it('is read as the article it holds, whole or cut', () => {
    for (const text of [answer, answer.slice(0, answer.indexOf('0870'))]) {
      const read = cmsArticleText(text);
      expect(read?.split('\n')[0]).toBe('东川市政府信息公开指南');
      expect(read).toContain('办公地址:东川市北山路12号');
      expect(read).not.toMatch(/<|\\\//);
    }
  });

  it('is no article without markup in its content, nor when it is no JSON object', () => {
    expect(cmsArticleText('{"data":{"title":"东川市","content":"没有标记的文字"}}')).toBeUndefined();
    expect(cmsArticleText('东川市政府信息公开指南\n"content":"<p>…</p>"')).toBeUndefined();
  });

  it('is imported as the guide it holds, and parsed as one', async () => {
    const extracted = await extractText({ name: 'guide.json', bytes: new TextEncoder().encode(answer) });
    expect(extracted.text).toContain('东川市人民政府办公室负责市政府信息公开工作');
    const guide = parseAgencyGuide(answer);
    expect(guide.agency).toBe('东川市人民政府');
    expect(guide.fields.accepting_office).toBe('东川市人民政府办公室');
    expect(guide.fields.phone).toBe('0870-5550123');
  });
});

const council = `南港市贸促会信息公开指南
根据《中华人民共和国政府信息公开条例》的规定,编制本指南。南港市贸促会办公室为我会政府信息公开工作的具体负责部门,承办政府信息公开日常工作。
一、主动公开
属于主动公开范围的政府信息,自该信息形成或者变更之日起20个工作日内予以公开。
`;

const supervised = `北岭县水务局政府信息公开指南
根据《中华人民共和国政府信息公开条例》,编制本指南。北岭县人民政府办公室为本机关信息公开工作的主管部门。
一、主动公开
属于主动公开范围的政府信息,自该信息形成或者变更之日起20个工作日内予以公开。
`;

const street = `东坪区柳林街道政府信息公开指南
一、政府信息公开工作机构
东坪区柳林街道办事处办公室具体承办本机关的政府信息公开事宜。
办公地址:东坪区柳林路18号
办公时间:8:00-12:00,14:30-18:00(周一至周五,法定假日除外)
联系电话:0352-5550177
电子邮箱方式:lljd@example.cn(仅用于接收信息公开工作咨询)
二、依申请公开
(一)申请方式
(1)通过互联网提出申请。申请人可以在东坪区人民政府政务公开专栏依申请公开系统填写、提交电子版《申请表》。
(2)信函申请。申请人将申请表邮寄至东坪区柳林路18号,并在信封左下角注明“政府信息公开申请”字样。
三、指定地点
对于主动公开的信息,本街道主要采取网上公开和指定地点公开两种形式。
指定地点为:街道办事处一楼大厅及各社区服务窗口。
`;

describe('qaguide44: offices, mailboxes, numbered ways and reading places', () => {
  it('reads the office called the body in charge of the work, not one that only supervises it', () => {
    expect(parseAgencyGuide(council).fields.accepting_office).toBe('南港市贸促会办公室');
    expect(parseAgencyGuide(supervised).fields.accepting_office).toBeUndefined();
  });

  it('reads a mailbox labelled 电子邮箱方式, a way numbered (1) with its words, and a place under 指定地点为', () => {
    const guide = parseAgencyGuide(street);
    expect(guide.fields.email).toBe('lljd@example.cn');
    expect(guide.fields.channel_notes?.[0]).toContain('依申请公开系统');
    expect(guide.fields.reading_places?.join('')).toContain('一楼大厅');
  });
});

const feeFirst = `西岭省煤田局政府信息公开指南
一、主动公开
(一)公开范围
本局主动向社会免费公开的信息事项参见《西岭省煤田局政府信息公开目录》。
(二)收费标准
2021年1月1日起,按照《国务院办公厅关于印发<政府信息公开信息处理费管理办法>的通知》(国办函〔2020〕109号)执行。
二、依申请公开
(一)受理机构
受理机构:西岭省煤田局办公室
联系电话:0851-5550166
`;

describe('qaguide44: a fee printed before the application part', () => {
  it('is the fee for applying when it names the 信息处理费', () => {
    expect(parseAgencyGuide(feeFirst).fields.fees).toContain('信息处理费管理办法');
  });

  it('is none when only what is published is said to be free', () => {
    expect(parseAgencyGuide(feeFirst.replace(/\(二\)收费标准\n[^\n]+\n/, '')).fields.fees).toBeUndefined();
  });
});

describe('qaguide44: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['street.txt', street]]);
  });
  afterAll(() => app.dispose());

  it('answers 周末办不办 and 周六办事吗 with the weekday hours', async () => {
    for (const question of ['柳林街道周末办不办', '柳林街道周六办事吗']) {
      const answer = await app.ask(question, `weekend-${question.length}`);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('周一至周五');
    }
  });

  it('answers 周末办不办 after a guide answer in a conversation', async () => {
    await app.ask('柳林街道信息公开在哪申请', 'weekend-talk');
    const answer = await app.ask('周末办不办', 'weekend-talk');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('不办公');
  });
});
