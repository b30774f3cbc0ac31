/**
 * qaguide24: citizens' own words over stored guides (issue #11). A 繁体 guide's note that it takes no applications by phone
 * or fax (本單位不直接受理通過電話、傳真方式提出的申請) answers 能传真申请吗; a mailbox named again before 仅用于 (此邮箱仅用于接收
 * …咨询…) takes no applications, and says so; 那青禾人社呢 (a kind's short form without its 局 after the place) switches the
 * conversation's guide question to that bureau; 淄博十二中学 (an ordinal school with 学, no 第, of a province's school named with its city) is that school.
 * Made-up guides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const hospital = `青禾市康寧醫院政府信息公開指南
一、受理機構
名 稱:青禾市康寧醫院辦公室。
辦公地址:青禾市康寧路12號。
辦公時間:每星期一至星期五(節假日除外),上午8:00~11:30,下午14:00~17:30。
聯系電話:0999-3331201
郵政編碼:999001
二、提出申請
向本單位提出申請的,需填寫《青禾市康寧醫院信息公開申請表》,申請表復制有效,可以在受理機構處領取。
1.信函申請。申請人通過信函方式提出申請的,請在信封上左下角注明“信息公開申請”的字樣;
2.當面申請。申請人可以持有效身份證件,當場提出申請。
本單位不直接受理通過電話、傳真方式提出的申請,但申請人可以電話咨詢相應的服務業務。
`;

const township = `青禾县石门乡人民政府信息公开指南
一、政府信息公开工作机构
石门乡党政综合办公室具体承办乡政府信息公开事宜。
办公地址:青禾县石门乡石门村
办公时间:上午8:00—12:00,下午14:00—18:00
联系电话:0999-8120007
电子邮箱:shimenxiang@163.com(此邮箱仅用于接收信息公开工作咨询及有关意见建议,如需提交政府信息公开申请,请按照本指南“依申请公开”。)
二、依申请公开
申请人可以当面或邮寄提交《政府信息公开申请表》。
`;

const bureau = (agency: string, address: string, hours: string, phone: string) => `${agency}政府信息公开指南
一、受理机构
受理机构:${agency}办公室
办公地址:${address}
办公时间:${hours}
联系电话:${phone}
二、申请方式
申请人可以当面提交或者邮寄《政府信息公开申请表》。
`;

describe('citizens own words over made-up guides (qaguide24)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['kangning-guide.txt', hospital],
      ['shimen-guide.txt', township],
      ['qinghe-rsj-guide.txt', bureau('青禾市人力资源和社会保障局', '青禾市人民路8号', '周一至周五8:00-12:00,15:00-18:30', '0999-2209703')],
      ['baihe-wjj-guide.txt', bureau('白河市卫生健康局', '白河市滨江路20号', '周一至周五8:30-12:00,14:30-17:45', '0998-2222804')],
      ['zibo-12z-guide.txt', bureau('山东省淄博第十二中学', '淄博市学府路31号', '8:00-11:30,14:00-17:00', '0997-85951763')],
      ['zibo-jyj-guide.txt', bureau('淄博市教育局', '淄博市文教路1号', '8:30-12:00,14:30-17:30', '0997-6650456')],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 能传真申请吗 with a 繁体 guide note that it takes no applications by fax', async () => {
    const answer = await app.ask('青禾康宁医院能传真申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('不直接受理通过电话、传真方式提出的申请');
    // The general rules listing 传真 as a way of applying are not given instead.
    expect(answer.answer).not.toContain('常见渠道');
  });

  it('says a mailbox only for questions (此邮箱仅用于…) takes no applications', async () => {
    const answer = await app.ask('石门乡邮箱能交申请吗');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('shimenxiang@163.com');
    expect(answer.answer).toContain('仅用于接收信息公开工作咨询');
  });

  it('switches the guide question to a bureau named by its kind short form without 局 (那青禾人社呢)', async () => {
    const [, switched, other] = await converse(app, 'qaguide24-a', ['白河市卫健局几点下班', '那青禾人社呢', '那白河卫健呢']);
    expect(switched.kind).toBe('guide');
    expect(switched.answer).toContain('15:00-18:30');
    expect(other.kind).toBe('guide');
    expect(other.answer).toContain('14:30-17:45');
  });

  it('reads 淄博十二中学 (an ordinal school with 学 and no 第) as the stored 山东省淄博第十二中学', async () => {
    for (const question of ['淄博十二中学信息公开电话', '淄博12中学信息公开电话']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain('0997-85951763');
      expect(answer.answer, question).not.toContain('0997-6650456');
    }
  });

  it('refuses a school of the place that is not stored (淄博三中学), never the stored one', async () => {
    const answer = await app.ask('淄博三中学信息公开电话');
    expect(answer.answer).not.toContain('0997-85951763');
  });
});
