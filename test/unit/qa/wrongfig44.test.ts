/**
 * wrongfig44's classes (real-questions-wrongfig44, issue #11), on made-up pages: a group of table-三 rows (不予公开) whose
 * 总计 column the report left empty beside filled applicant columns is the columns' sum, never 共0件（各项均为0）; 说明会有
 * 多少家单位参加 is a meeting's count (说明会 / 宣讲会 end in 会), not a forecast; …的占多少 at a question's end asks the share
 * its sentence prints (“部分公开”36件,占61%), not the count; 2024年结转到25年办理的 is the count carried on, the two-digit
 * year it went to no second report asked (as 结转到2025年 already was).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const BLANK_TOTALS = `三、收到和处理政府信息公开申请情况
| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 20 | 4 |  |  |  |  | 24 |
| 二、上年结转政府信息公开申请数量 |  |  |  |  |  |  |  |
| 三、本年度办理结果 （一）予以公开 | 9 | 1 |  |  |  |  | 10 |
| （二）部分公开 | 2 |  |  |  |  |  | 2 |
| （三）不予公开 1.属于国家秘密 | 3 | 1 |  |  |  |  |  |
| 2.其他法律行政法规禁止公开 |  |  |  |  |  |  |  |
| 3.危及“三安全一稳定” |  |  |  |  |  |  |  |
| 4.保护第三方合法权益 |  |  |  |  |  |  |  |
| 5.属于三类内部事务信息 | 2 |  |  |  |  |  |  |
| 6.属于四类过程性信息 |  | 1 |  |  |  |  |  |
| 7.属于行政执法案卷 |  |  |  |  |  |  |  |
| 8.属于行政查询事项 |  |  |  |  |  |  |  |
| （四）无法提供 1.本机关不掌握相关政府信息 | 4 | 1 |  |  |  |  | 5 |
| 2.没有现成信息需要另行制作 |  |  |  |  |  |  |  |
| 3.补正后申请内容仍不明确 |  |  |  |  |  |  |  |
| （五）不予处理 1.信访举报投诉类申请 |  |  |  |  |  |  |  |
| 2.重复申请 |  |  |  |  |  |  |  |
| 3.要求提供公开出版物 |  |  |  |  |  |  |  |
| 4.无正当理由大量反复申请 |  |  |  |  |  |  |  |
| 5.要求行政机关确认或重新出具已获取信息 |  |  |  |  |  |  |  |
| （六）其他处理 |  |  |  |  |  |  |  |
| （七）总计 | 20 | 4 |  |  |  |  | 24 |
| 四、结转下年度继续办理 |  |  |  |  |  |  |  |
`;

const REPORTS: Record<string, string> = {
  'market.txt': `东林县市场监督管理局2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
2024年,本局主动公开政府信息215条,共收到政府信息公开申请24件。
${BLANK_TOTALS}`,
  'district.txt': `南岗区人民政府2023年政府信息公开工作年度报告
本报告所列数据统计期限为2023年1月1日至12月31日。
一、总体情况
(一)主动公开方面。一是2023年,我区政府及时公开重点领域政府信息1380条,发布政策解读18篇。通过12345政务服务热线平台,共受理各类群众诉求近9800件,在线答复率达100%。及时做好全区21家单位在区政府门户网站部门栏目的动态更新。二是围绕惠企政策组织召开了6场政策宣讲会,参加单位41家,群众代表90人。
(二)依申请公开方面。一是2023年共受理依申请公开事项30件,结转上年后新收到依申请公开事项26件,较上一年度增加5件。其中,通过信函申请20件,占66.7%;电子邮件10件,占33.3%。二是在收到的依申请公开事项中,已答复30件,答复率为100%。其中“予以公开”12件,占已答复件数的40%;“部分公开”9件,占30%;“无法提供”9件,占30%。
`,
  'carried.txt': `西岭区2024年政府信息公开工作年度报告
本报告所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
(一)政府信息主动公开情况。西岭区在区政府门户网站主动公开各类信息共计3120条。
(二)政府信息依申请公开情况。2024年全区共收到依申请公开件18件,上年度结转办理件2件,共办结14件,结转到2025年办理6件。
`,
  'street.txt': `南岗区人民政府花园街道办事处2025年政府信息公开工作年度报告
本报告所列数据统计期限为2025年1月1日至12月31日。
一、总体情况
(一)主动公开。全年公开各类政府信息52条。
`,
  'culture.txt': `南岗区文化和旅游局2023年政府信息公开工作年度报告
本报告所列数据统计期限为2023年1月1日至12月31日。
一、总体情况
(一)主动公开。全年公开各类政府信息210条。
`,
};

const values = (answer: { facts: Array<{ value: number }> }) => answer.facts.map((fact) => fact.value);

describe('wrongfig44 classes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, Object.entries(REPORTS));
  });
  afterAll(() => app.dispose());

  it('不予公开几件 where the rows’ 总计 is blank beside filled columns is their sum (3+1+2+1), never 0', async () => {
    const [withheld] = await converse(app, 'w44-blank', ['东林县市场监管局24年不予公开的有几件']);
    expect(withheld.kind).toBe('figure');
    expect(values(withheld)[0]).toBe(7);
    expect(withheld.answer).toContain('共7件');
    expect(withheld.answer).toContain('属于国家秘密4件');
    expect(withheld.answer).toContain('未填写');
    expect(withheld.answer).not.toContain('各项均为0');
  });

  it('a printed 总计 in the group is kept as printed (无法提供 5)', async () => {
    const [unavailable] = await converse(app, 'w44-printed', ['东林县市场监管局2024年无法提供几件']);
    expect(values(unavailable)).toContain(5);
    expect(unavailable.answer).not.toContain('未填写');
  });

  it('宣讲会有多少家单位参加 is the count printed, not a forecast; 明年会有多少 stays refused', async () => {
    const [units, future] = await converse(app, 'w44-meeting', ['南岗区宣讲会有多少家单位参加', '南岗区明年会有多少家单位参加宣讲会']);
    expect(units.kind).toBe('figure');
    expect(values(units)).toContain(41);
    expect(future.kind).toBe('refusal');
    expect(future.facts).toEqual([]);
  });

  it('2024年结转到25年办理的有几件 is the count carried on (6), the year it went to no second report asked', async () => {
    const [carried] = await converse(app, 'w44-carried', ['西岭区2024年结转到25年办理的有几件']);
    expect(carried.kind).toBe('figure');
    expect(values(carried)).toContain(6);
    expect(carried.answer).not.toContain('没有西岭区2025年');
  });

  it('部分公开的占多少 is the share printed (30%), not the 9件', async () => {
    const [share] = await converse(app, 'w44-share', ['南岗区人民政府23年部分公开的占多少']);
    expect(share.kind).toBe('figure');
    expect(values(share)).toContain(30);
    expect(share.answer).toContain('30%');
  });
});
