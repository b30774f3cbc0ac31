/**
 * qaguide42: guide questions over a central-bank branch, a 统计局, a school, a 金融工作局, a 气象局 and a 证监局 (guides-56,
 * issue #11). Asked of made-up guides: 能传真申请吗 of a guide listing 传真 among its ways but printing no fax number is a yes
 * (the number said unwritten), never only the general rules; 可以口头申请吗 is no telephone; 有哪些信息 asks the scope, or the
 * 信息分类和编排体系 of a guide with none; 目录叫什么 the scope naming the catalogue; 除了网上还在哪公开 the other ways of
 * publishing; 可以去现场查吗 where to read; 过程稿能公开吗 the guide's own list of what it keeps back (过程稿, 讨论记录); a
 * central-bank branch asked by its place first (青田县人民银行).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const bank = `中国人民银行青田县支行政府信息公开指南
一、主动公开
(一)公开范围
本部门主动向社会免费公开的信息范围参见本部门编制的《中国人民银行青田县支行政府信息公开目录》。
(二)公开形式
对于主动公开信息,本部门主要采取网上公开和指定地点公开两种形式,此外还通过信息公告栏、新闻媒体等方式公开。
二、依申请公开
(二)受理机构
本部门受理政府信息公开申请的机构为办公室,地址:青田县鹤城路18号,联系电话:6820000。
(三)提出申请
1、信函、电报、传真申请。申请人通过信函、传真方式提出申请的,请注明“政府信息公开申请”字样。
`;

const weather = `东江市气象局政府信息公开指南(2024年版)
为更好地提供政府信息公开服务,制定本指南。
一、信息分类和编排体系
本局在职责范围内,负责主动或依申请公开下列各类政府信息:
(一)机构职能:本局机构设置及主要职能情况。
(二)规划计划:本局发展规划、阶段性工作计划。
(三)应急管理:突发气象灾害事件的应急预案、预警信息。
`;

const stats = `北岭县统计局政府信息公开指南
一、主动公开
1.公开范围
北岭县统计局坚持“公开为常态、不公开为例外”的原则,除以下信息外,其余政府信息应当公开:
(1)依法确定为国家秘密的政府信息;
(2)讨论记录、过程稿、请示报告等过程性信息。
2.公开方式
通过北岭县统计局网站公开政府信息。
二、依申请公开
受理机构:北岭县统计局办公室
联系电话:0931-5550000
`;

describe('qaguide42: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['bank.txt', bank],
      ['weather.txt', weather],
      ['stats.txt', stats],
    ]);
  });
  afterAll(() => app.dispose());

  it('says yes to applying by fax of a guide listing the way, the number said unwritten', async () => {
    const answer = await app.ask('中国人民银行青田县支行能传真申请吗', 'fax');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toMatch(/^可以。/);
    expect(answer.answer).toContain('没有写明传真号码');
  });
  it('does not take applying orally for applying by telephone', async () => {
    const answer = await app.ask('中国人民银行青田县支行可以口头申请吗', 'oral');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).not.toContain('电话申请');
    expect(answer.answer).toContain('口头');
  });
  it('answers 有哪些信息 with the catalogue’s kinds of a guide listing no scope', async () => {
    const answer = await app.ask('东江市气象局有哪些信息', 'kinds');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('应急管理');
  });
  it('answers what the catalogue is called, the other ways of publishing and where to read', async () => {
    const named = await app.ask('中国人民银行青田县支行信息公开目录叫什么', 'named');
    expect(named.kind).toBe('guide');
    expect(named.answer).toContain('《中国人民银行青田县支行政府信息公开目录》');
    const other = await app.ask('中国人民银行青田县支行的信息除了网上还在哪公开', 'other');
    expect(other.kind).toBe('guide');
    expect(other.answer).toContain('信息公告栏');
    const there = await app.ask('中国人民银行青田县支行可以去现场查吗', 'there');
    expect(there.kind).toBe('guide');
    expect(there.answer).toContain('指定地点');
  });
  it('answers 过程稿能公开吗 with the guide’s own list of what it keeps back, never 会 from its exceptions', async () => {
    for (const question of ['北岭县统计局过程稿能公开吗', '北岭县统计局讨论记录可以申请公开吗']) {
      const answer = await app.ask(question, question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('除以下信息外');
      expect(answer.answer, question).not.toMatch(/^会/);
    }
  });
  it('finds a central-bank branch asked by its place first', async () => {
    const answer = await app.ask('青田县人民银行信息公开电话多少', 'place');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('6820000');
  });
});
