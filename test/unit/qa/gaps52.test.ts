/**
 * gaps52's classes (issue #11's gap lines), on made-up pages whose figures are in the prose: a case still pending asked
 * (复议还有没审完的吗, 有尚未审结的吗) is the not-yet state itself, so the 尚未 printed before 审结 says yes, with the count
 * printed before it (其中2起尚未审结), and in a conversation about one agency it asks that agency's report, not the rules on
 * how to appeal; 电话答复的呢 (messages answered by phone) is a count, no phone number asked; 网站访问量呢 / 官网访问量 (the
 * site's visits) is a figure of the report, no web address asked; a rate asked by one act (回复率) is named by a rate of two
 * acts joined (回复和办结率100%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const TOWN = [
  '青石县白沙镇人民政府2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,我镇通过政府网站主动公开文件6份。',
  '（二）依申请公开',
  '2025年,我镇共受理政府信息公开申请7件,办结6件,发生政府信息公开行政复议5起,其中2起尚未审结。未发生行政诉讼情况。',
].join('\n');

describe('gaps52: a case still pending asked of a prose page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['town.txt', TOWN]]);
  });
  afterAll(() => app.dispose());

  it('answers yes with the count printed before 尚未审结', async () => {
    for (const question of ['白沙镇复议还有没审完的吗', '白沙镇行政复议有尚未审结的吗']) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('figure');
      expect(answer.answer, question).toMatch(/^有/);
      expect(answer.facts[0]?.value, question).toBe(2);
    }
  });

  it('asks the conversation agency, not the rules on appealing', async () => {
    const answers = await converse(app, 'pending1', ['白沙镇主动公开文件几份', '复议还有没审完的吗']);
    expect(answers[0].facts[0]?.value).toBe(6);
    expect(answers[1].kind).toBe('figure');
    expect(answers[1].answer).toMatch(/^有/);
    expect(answers[1].facts[0]?.value).toBe(2);
  });

  it('still gives the rules when the appeal itself is asked', async () => {
    const answers = await converse(app, 'pending2', ['白沙镇主动公开文件几份', '怎么申请复议']);
    expect(answers[1].answer).toMatch(/复议/);
    expect(answers[1].facts).toHaveLength(0);
  });
});

const OFFICE = [
  '青石县人民政府办公室2025年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2025年,通过政府网站主动公开信息880条,网站总访问量52.3万人次,日最高访问量0.8万人次;受理网民留言60条,公开答复25条、电话答复35条,办结率100%。',
  '（二）依申请公开',
  '2025年,共收到政府信息公开申请9件。',
  '六、其他需要报告的事项',
  '联系电话：0000-1234567。',
].join('\n');

describe('gaps52: phone replies and site visits are counts, not contacts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['office.txt', OFFICE]]);
  });
  afterAll(() => app.dispose());

  it('counts the messages answered by phone', async () => {
    const answers = await converse(app, 'phone1', ['青石县政府办网民留言有多少', '电话答复的呢']);
    expect(answers[0].facts[0]?.value).toBe(60);
    expect(answers[1].facts[0]?.value).toBe(35);
    expect(answers[1].answer).not.toMatch(/1234567/);
    const alone = await app.ask('青石县政府办电话答复的有多少');
    expect(alone.facts[0]?.value).toBe(35);
  });

  it('still gives the phone number when it is asked', async () => {
    const answer = await app.ask('青石县政府办电话多少');
    expect(answer.answer).toMatch(/1234567/);
  });

  it('reads the site visits, asked as a follow-up or of the official site', async () => {
    for (const question of ['青石县政府办网站访问量呢', '青石县政府办官网访问量多少']) {
      const answer = await app.ask(question);
      expect(answer.answer, question).toMatch(/52\.3万人次/);
    }
  });
});

const DISTRICT = [
  '青石县白河区2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开',
  '2024年,通过区长信箱受理各类信件215封,答复和办结率98%。全年通过政府网站主动公开信息3020条。',
  '（二）依申请公开',
  '2024年,共收到政府信息公开申请12件。',
].join('\n');

describe('gaps52: a rate named by a rate of two acts joined', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [['district.txt', DISTRICT]]);
  });
  afterAll(() => app.dispose());

  it('reads 答复率 from 答复和办结率, alone and after the mailbox count', async () => {
    const alone = await app.ask('白河区答复率多少');
    expect(alone.answer).toMatch(/98%/);
    const answers = await converse(app, 'rate1', ['白河区区长信箱收到多少封信', '答复率呢']);
    expect(answers[0].facts[0]?.value).toBe(215);
    expect(answers[1].answer).toMatch(/98%/);
  });
});
