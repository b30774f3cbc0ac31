/**
 * reports-more17's answer classes over made-up reports of the same shape (real-questions-corpus17's first run: 31/41, three
 * wrong figures): a 主动公开 count after 其中 in the sentence of a total (…等政府信息共40条,其中…政务微信公开政府信息22条) is a
 * part, never the total; a count of items published (政府网站发布信息95条) answers no 收到几件申请; a none of reviews
 * (未发生因政府信息公开被申请行政复议) is no none of applications; a kind with 和城市 (住房和城市更新局) is no city's name.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitAgencyName } from '../../../src/report/agency-names.js';
import { importFile } from '../../../src/report/importer.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

describe('reports-more17 prose classes on made-up reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    const reports = {
      'parts.txt': `临汾市信访局2021年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。今年以来,我局通过市政府门户网站、微信公众平台等方式主动公开了机构设置、领导信息、工作动态等政府信息共65条,其中政府网站公开政府信息数25条,政务微信公开政府信息40条。
(二)依申请公开情况。本年度,我局收到政府信息公开申请3件。
(三)政府信息管理`,
      'published.txt': `莱阳市文化和旅游局2022年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。通过各类平台发布信息共300余条,其中政府网站发布信息88条,累计公开公共文化服务信息30条。
(二)依申请公开情况。2022年我局未收到政府信息公开申请,与上一年相比数量减少两个。
(三)政府信息管理`,
      'review.txt': `黄石市公共资源交易中心2025年政府信息公开工作年度报告
一、总体情况
(一)政府信息主动公开情况。中心依法依规主动公开工程建设、政府采购等交易信息。
(二)政府信息依申请公开情况。中心畅通申请渠道,规范办理流程。2025年度未发生因政府信息公开被申请行政复议或提起行政诉讼的情况。
(三)政府信息管理情况`,
      'city.txt': `江岸区住房和城市更新局2024年政府信息公开工作年度报告
一、总体情况
(一)主动公开情况。2024年,江岸区住房和城市更新局主动公开政府信息57条。
(二)依申请公开情况。全年共受理依申请公开12件。
(三)政府信息管理`,
    };
    for (const [name, text] of Object.entries(reports)) {
      const file = join(app.directory, name);
      writeFileSync(file, text);
      await importFile(app.reports, file);
    }
  });
  afterAll(() => app.dispose());

  it('a 主动公开 count after 其中 in the sentence of a total is a part: the total answers', async () => {
    const answer = await app.ask('临汾市信访局2021年主动公开了多少条政府信息');
    expect(answer.facts.map((fact) => fact.value)[0]).toBe(65);
    expect(answer.answer).toContain('65条');
  });

  it('a count of items published answers no 收到几件申请; the none of applications does', async () => {
    const answer = await app.ask('莱阳市文化和旅游局2022年收到多少政府信息公开申请');
    expect(answer.facts.map((fact) => fact.value)).not.toContain(88);
    expect(answer.facts.map((fact) => fact.value)).toEqual([0]);
  });

  it('no review (未发生…被申请行政复议) is no count of applications', async () => {
    const answer = await app.ask('黄石市公共资源交易中心2025年收到几件政府信息公开申请');
    expect(answer.facts).toEqual([]);
  });

  it('住房和城市更新局 keeps its 和城市: the region is the district, and the agency is found by its full name', async () => {
    expect(splitAgencyName('江岸区住房和城市更新局').region).toBe('江岸区');
    expect(splitAgencyName('晋城市住房和城乡建设局').region).toBe('晋城市');
    const answer = await app.ask('江岸区住房和城市更新局2024年受理了多少件依申请公开');
    expect(answer.facts.map((fact) => fact.value)).toEqual([12]);
  });
});
