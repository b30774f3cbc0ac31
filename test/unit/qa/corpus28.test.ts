/**
 * A class closed over reports-more28 (real pages, test/fixtures/reports-more28), with the real sentence and a made-up one: a
 * 主动公开 total with its breakdown by channel between brackets over several clauses (60931条(中央及省市主流媒体、网站、新媒体
 * 平台13635条;县政府网站12365条;…)): its parts are stored as parts by channel (县政府网站 12365), never as a second total; and 网站 listed among media (主流媒体、网站) is no agency's site.
 * And 有人申请信息公开吗 answered from the count of applications (未接到任何形式的依申请公开: 没有) is not replaced by the count
 * of another head noun (其他主动公开类信息4条 read as 有).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/report/prose.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const REAL =
  '2025年全县主动公开各类政府信息60931条(中央及省市主流媒体、网站、新媒体平台13635条;县政府网站12365条;县内各类政务新媒体32526条;电视、公开栏、电子显示屏等其他渠道公开2405条),通过领导信箱、12345政务热线、政民互动等平台回应群众各类关切问题22752件。';
const MADE_UP = '2024年全镇主动公开政府信息880条(镇政府网站310条;“青石发布”微信公众号420条;村务公开栏150条)。';

describe('corpus28 class: a total with its channels between brackets', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      ['huanxian.txt', `环县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开方面。${REAL}\n`],
      [
        'xiongkou.txt',
        `熊口管理区2025年政府信息公开工作年度报告\n一、总体情况\n政府信息依申请公开情况:\n管理区未收到任何单位和个人提出的政府信息公开申请。\n政府信息管理情况:\n我区2025年度利用本单位门户网站主动公开政府信息188条,其中:工作动态类信息38条;其他主动公开类信息4条。2025年,我区未接到任何形式的依申请公\n`,
      ],
      [
        'baisha-jd.txt',
        `青石县白沙街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n依申请公开情况:\n全年未收到公民、法人和其他组织提出的政府信息公开申请。\n主动公开情况:\n全年主动公开政府信息52条,其中:其他类信息6条。\n`,
      ],
      ['qingshi.txt', `青石县白沙镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。${MADE_UP}\n`],
    ]);
  });
  afterAll(() => app.dispose());
  const values = async (question: string) => (await app.ask(question)).facts.map((fact) => fact.value);

  it('reads the bracketed parts as parts of the total, by channel, and none of them as a second total', () => {
    const real = extractProseFigures(REAL, 'overview');
    expect(real.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([60931]);
    expect(real.find((figure) => figure.value === 12365)).toMatchObject({ key: 'proactive_items_by_channel', channel: '政府网站' });
    // 主流媒体、网站、新媒体平台: media's sites with the media, not the county's site alone.
    expect(real.find((figure) => figure.value === 13635)?.channel).not.toBe('政府网站');
    const madeUp = extractProseFigures(MADE_UP, 'overview');
    expect(madeUp.filter((figure) => figure.key === 'proactive_items').map((figure) => figure.value)).toEqual([880]);
    expect(madeUp.find((figure) => figure.value === 310)).toMatchObject({ key: 'proactive_items_by_channel', channel: '政府网站' });
  });

  it('the total asked is the total, never a part listed under it', async () => {
    // The total first, its parts listed after it (其中…；另：…).
    expect((await values('环县2025年主动公开了多少条'))[0]).toBe(60931);
    expect((await values('白沙镇2024年一共主动公开多少条'))[0]).toBe(880);
  });

  it('有人申请信息公开吗 against a page that says none came in is 没有, never 有 from an item published', async () => {
    for (const question of ['熊口管理区25年有人申请信息公开吗', '白沙街道2024年有人申请信息公开吗']) {
      const answer = (await app.ask(question)).answer;
      expect(answer, question).toMatch(/^没有/);
    }
  });
});
