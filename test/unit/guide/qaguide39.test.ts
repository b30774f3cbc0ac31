/**
 * The real guides qaguide39 added (guides-53, asked by guide-questions-53): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and imported. Then made-up guides for what those pages taught the parser: a
 * portal's metadata label 名称: before the title (名称: XX高新区政府信息公开指南) is no part of the agency; a guide with no title
 * that calls itself 特编本《指南》 is a guide; the office named by the sentence under a (一)受理申请机构 heading is the accepting
 * office; 网上公开地址为: labels a web address, never the office's address.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide39’s real guides (guides-53)', 'guides-53', {
  atLeast: 6,
  ask: '永仁县气象局信息公开电话',
  answerContains: '0878-6044660',
});

describe('qaguide39: read', () => {
  it('drops a portal’s 名称: label before the title from the agency', () => {
    const text = `索引号: 11440000/2025-00012 分类:
发布机构: 北江澄湖高新技术产业开发区管理委员会 成文日期: 2025-03-02
名称: 澄湖高新区政府信息公开指南
澄湖高新区政府信息公开指南
一、工作机构
受理机构:澄湖高新区管委会综合办公室
联系电话:0998-7654321
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('澄湖高新区管委会');
    expect(guide.title).toBe('澄湖高新区政府信息公开指南');
  });

  it('reads a title-less guide that calls itself 特编本《指南》, and the office under (一)受理申请机构', () => {
    const text = `为方便公民、法人和其他组织获得政府信息,根据《中华人民共和国政府信息公开条例》,特编本《指南》。
一、主动公开信息
具体公开信息范围参见我局编制的《北江县地震局政府信息公开目录》。
二、依申请公开的有关事项
(一)受理申请机构
北江县地震局综合科负责本单位政府信息公开事务。
办公地址:北江县河东路12号
联系电话:0998-5551234
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('北江县地震局');
    expect(guide.fields.accepting_office).toBe('北江县地震局综合科');
    expect(guide.fields.phone).toBe('0998-5551234');
  });

  it('takes 网上公开地址为: for a web address, not the office’s address', () => {
    const text = `北江县烟草专卖局政府信息公开指南
一、主动公开
网上公开地址为:“北江发布”门户网站(www.beijiang.example.cn)。
二、依申请公开
受理机构:北江县烟草专卖局办公室
联系电话:0998-5550000
`;
    const guide = parseAgencyGuide(text);
    expect(guide.fields.address).toBeUndefined();
    expect(guide.fields.website).toBe('www.beijiang.example.cn');
  });
});
