/**
 * gaps43: a place's company that is not stored (白石|供电公司, 红原|燃气公司, a typo 白右|燃气公司) is never answered with the place's
 * one stored bureau nor with another place's company whose kind alone is an alias (燃气公司 of 青禾县燃气有限公司): asked back
 * or refused. Made-up guides of made-up agencies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

/** A made-up gas company's applying steps (the kind alone, 燃气公司, becomes its alias as the one gas company stored). */
const QINGHE_GAS =
  '依申请公开程序\n公民、法人和其他组织需要本公司主动公开以外的信息,可以向本公司申请获取。\n1.受理机构及受理时间\n' +
  '受理机构:青禾县燃气有限公司客户服务部\n受理时间:工作日8:30-11:30,14:00-17:00\n联系电话:0000-6123 4567\n' +
  '办公地址:青禾县文昌路18号燃气大厦3楼\n2.受理程序\n(1)提出申请\n申请人应填写《青禾县燃气有限公司信息公开申请表》。\n' +
  '(2)申请方式\n现场申请。申请人可以到本公司客户服务部申请获取信息,并填写申请表。\n';

/** A made-up city bureau's guide: the one agency stored under 白石. */
const BAISHI_RSJ =
  '白石市人力资源和社会保障局政府信息公开指南\n为方便公民、法人和其他组织获取白石市人力资源和社会保障局的政府信息,编制本指南。\n' +
  '一、主动公开\n本机关主动公开《条例》第二十条规定的政府信息。\n二、依申请公开\n(一)受理机构\n' +
  '受理机构为白石市人力资源和社会保障局办公室。办公地址:白石市江北路6号。咨询电话:0000-3327117\n';

describe('gaps43: another place’s company is no stored agency (made-up guides)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['qinghe-gas.txt', QINGHE_GAS],
      ['baishi-rsj.txt', BAISHI_RSJ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers the stored company and the place’s bureau by their names', async () => {
    expect((await app.ask('青禾燃气公司电话')).answer).toContain('0000-6123 4567');
    expect((await app.ask('请问燃气公司电话')).answer).toContain('0000-6123 4567');
    expect((await app.ask('白石市人社局电话')).answer).toContain('0000-3327117');
  });

  it('does not answer a place’s company with the place’s one bureau', async () => {
    for (const question of ['白石供电公司电话', '白石燃气公司电话', '白石市自来水有限公司地址']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-3327117');
      expect(answer.answer, question).not.toContain('江北路');
      expect(answer.kind, question).not.toBe('guide');
    }
  });

  it('does not answer another place’s gas company, nor a typed name, with the stored one', async () => {
    for (const question of ['红原燃气公司电话', '白右燃气公司电话', '白石燃气公司电话']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).not.toContain('0000-6123 4567');
      expect(answer.kind, question).not.toBe('guide');
    }
  });
});
