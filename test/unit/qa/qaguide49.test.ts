/**
 * qaguide49: a prefecture (地区) whose guide is stored under its bare name is asked by its name without 地区 (阿勒泰 for
 * 阿勒泰地区), as its reports are: the place's short form is a region the question names (src/qa/agency-index.ts), and
 * shortRegion cuts 地区 whole (src/report/agency-names.ts), never to 阿勒泰地. 目录咋查 is answered with the search the
 * catalogue offers beside its layout (src/guide/agency-guide-answer.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortRegion } from '../../../src/report/agency-names.js';
import { importTexts, makeTestApp, type TestApp } from '../../helpers.js';

describe('qaguide49: a prefecture named without 地区', () => {
  it('shortens 地区 whole', () => {
    expect(shortRegion('阿勒泰地区')).toBe('阿勒泰');
    expect(shortRegion('兴安盟')).toBe('兴安');
  });

  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await importTexts(app, [
      [
        'aletai-guide.txt',
        `阿勒泰地区政府信息公开指南
信息来源: 政务公开办 2017-05-02

一、政府信息公开范围

本级行政机关公开政府信息的范围,主要是涉及公民、法人或者其他组织切身利益的事项。

二、政府信息查询方式

(一)阿勒泰地区政务公开办

阿勒泰地区政务公开办承办本行政机关的政府信息公开事宜,办公地址:阿勒泰地区行署办公楼政务公开办公室。办公时间:周一至周五,联系电话:0906-2123456,邮编:836500
`,
      ],
      [
        'fujian-czt-guide.txt',
        `福建省财政厅政府信息公开指南
为便利社会公众向福建省财政厅获取政府信息,根据《中华人民共和国政府信息公开条例》有关规定,我厅编制了政府信息公开指南并实时更新。
一、持有政府信息基本情况
(一)本机关向社会主动公开的政府信息分类
1.规范性文件等政策文件;
2.机构设置和负责人信息;
(二)编排体系
信息公开目录以分类导航区、检索区和目录区来展示相关内容。检索区分别提供全站搜索和关键字、标题、索引号检索。
`,
      ],
    ]);
  });
  afterAll(() => app.dispose());

  it('answers 阿勒泰 from 阿勒泰地区’s guide', async () => {
    const answer = await app.ask('阿勒泰信息公开电话多少');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('0906-2123456');
  });

  it('answers 目录咋查 with the catalogue’s search', async () => {
    const answer = await app.ask('福建省财政厅信息公开目录咋查');
    expect(answer.kind).toBe('guide');
    expect(answer.answer).toContain('检索区');
  });
});
