/**
 * qaguide39: guide questions over real 烟草, 气象, 新区 and 高新区 guides (guides-53, issue #11). Asked: after one agency's guide
 * answer, a question naming a place before a bare kind of which no stored agency of that kind is (重庆海关电话 after 北江县气象局's
 * phone, only 广州海关 stored) is refused as not found, never answered with the remembered agency's contacts; 地址呢 still
 * asks the remembered one. Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const weather = `北江县气象局政府信息公开指南
为便于公众获取政府信息,编制本指南。
一、依申请公开
受理机构:北江县气象局办公室
办公地址:北江县河西路3号
咨询电话:0998-3334444
`;

const customs = `广州海关政府信息公开指南
为方便公民、法人和其他组织获取海关政府信息,本关编制了《广州海关政府信息公开指南》。
一、政府信息公开工作机构情况
本关政府信息公开工作机构为广州海关办公室,办公地址:广州市港湾街1号,联系电话:0998-7654321。
`;

describe('qaguide39: asked', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['weather.txt', weather],
      ['customs.txt', customs],
    ]);
  });
  afterAll(() => app.dispose());

  it('refuses a customs house none stored after another agency’s guide answer, never giving the remembered one’s phone', async () => {
    expect((await app.ask('北江县气象局电话', 'talk1')).answer).toContain('0998-3334444');
    const stranger = await app.ask('重庆海关信息公开电话多少', 'talk1');
    expect(stranger.kind).toBe('refusal');
    expect(stranger.answer).toContain('重庆海关');
    expect(stranger.answer).not.toContain('0998-3334444');
  });
  it('still answers 地址呢 after the guide answer from the remembered agency', async () => {
    expect((await app.ask('北江县气象局电话', 'talk2')).answer).toContain('0998-3334444');
    expect((await app.ask('地址呢', 'talk2')).answer).toContain('河西路3号');
  });
});
