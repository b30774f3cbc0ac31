/**
 * A district's own report stored with its city first (襄阳市樊城区) beside its general office's (襄阳市樊城区人民政府办公室):
 * the district named alone (樊城区) asks the district's own report, the office only when named (樊城区政府办); with the
 * government's own report stored under the government's name too, the district alone still finds that (corpus65).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

const district = [
  '2021年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开政府信息情况。2021年,我区在政府信息公开专栏主动公开文件共412件。',
  '(四)平台建设情况。截止12月31日,襄阳市樊城区政务微信平台共发布信息5210条,粉丝人数达到28816人。',
].join('\n');
const office = [
  '襄阳市樊城区人民政府办公室',
  '2020年政府信息公开工作年度报告',
  '一、总体情况',
  '(一)主动公开政府信息情况。截止2020年12月31日,我办在政府信息公开专栏主动公开文件共9件。',
].join('\n');

describe('a district named alone beside its general office (corpus65)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2022-06-01T10:00:00+08:00') });
    await importTexts(app, [
      ['district.txt', district],
      ['office.txt', office],
    ]);
  });
  afterAll(() => app.dispose());

  it('is known by the district alone, never a zone’s or an area’s kind', () => {
    expect(agencyAliases('襄阳市樊城区')).toContain('樊城区');
    expect(agencyAliases('西安市高新区')).not.toContain('高新区');
    expect(agencyAliases('乳山市城区')).not.toContain('城区');
  });

  it('樊城区2021年 asks the district’s own report', async () => {
    const answer = await app.ask('樊城区2021年政务微信粉丝多少人', 'f1');
    expect(answer.facts.map((fact) => fact.value)).toContain(28816);
  });

  it('樊城区政府办 still asks the office', async () => {
    const answer = await app.ask('樊城区政府办2020年主动公开文件几件', 'f2');
    expect(answer.facts.map((fact) => fact.value)).toEqual([9]);
  });
});

describe('a district named alone when its government’s own report is stored under the government’s name too (corpus65)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp({ now: () => new Date('2023-06-01T10:00:00+08:00') });
    await importTexts(app, [
      ['district.txt', district.replace('2021年政府信息公开', '襄阳市樊城区2021年政府信息公开')],
      [
        'government.txt',
        district.replaceAll('2021', '2022').replace('2022年政府信息公开', '襄阳市樊城区人民政府2022年政府信息公开').replace('5210', '6011'),
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('樊城区2022年 still finds the government’s 2022 report', async () => {
    const answer = await app.ask('樊城区2022年政务微信发布信息多少条', 'g1');
    expect(answer.facts.map((fact) => fact.value)).toContain(6011);
  });
});
