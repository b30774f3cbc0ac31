/**
 * The real guides qaguide42 added (guides-56, asked by guide-questions-56): a central-bank branch, a city 统计局, a school, a
 * city 金融工作局, a city 气象局's 2024 edition and a securities regulator's traditional-character mirror, each read as a guide
 * of the agency its hand-read JSON names, with every field the JSON gives, and imported. Then made-up guides for what those
 * pages taught the parser: a scope part whose lead says its list is the exceptions (除以下信息外,其余政府信息应当公开) is what
 * is kept back, not what is published; a proactive limit printed without 内 (20个工作日主动向社会公开); the ways of applying
 * said after 采用, the last one ending a page cut off there (也可采用电子邮件、信函、传真); a central-bank branch known by its
 * place first (龙泉市人民银行).
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { agencyAliases } from '../../../src/report/agency-names.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide42’s real guides (guides-56)', 'guides-56', {
  atLeast: 6,
  ask: '田林三中信息公开电话',
  answerContains: '64364006',
});

describe('qaguide42: read', () => {
  const exceptions = `北岭县统计局政府信息公开指南
一、主动公开
1.公开范围
北岭县统计局坚持“公开为常态、不公开为例外”的原则,除以下信息外,其余政府信息应当公开:
(1)依法确定为国家秘密的政府信息;
(2)涉及商业秘密、个人隐私的政府信息;
(3)讨论记录、过程稿等过程性信息。
2.公开方式
通过北岭县统计局网站公开政府信息。
3.公开时限
主动公开信息,自形成或者变更之日起15个工作日主动向社会公开。
二、依申请公开
受理机构:北岭县统计局办公室
联系电话:0931-5550000
`;

  it('reads a scope listing the exceptions as what is kept back, not as what is published', () => {
    const guide = parseAgencyGuide(exceptions);
    expect(guide.fields.proactive_scope).toBeUndefined();
    expect(guide.fields.not_disclosed).toContain('过程稿');
    expect(guide.fields.not_disclosed).not.toContain('网站');
  });

  it('reads a proactive limit of working days printed without 内', () => {
    expect(parseAgencyGuide(exceptions).fields.proactive_time_limit).toContain('15个工作日主动向社会公开');
  });

  it('reads the ways said after 采用, the last one ending a page cut off there', () => {
    const text = `南河市金融工作局信息公开指南
一、主动公开信息
(三)公开时限
属于主动公开范围的政府信息,将在该信息形成或者变更之日起20个工作日内予以公开。
二、依申请公开
(一)申请方式
申请人向南河市金融工作局申请政府信息公开可以当面提交书面申请,也可采用电子邮件、信函、传真`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(parseAgencyGuide(text).fields.channels).toEqual(['当面提交', '信函（邮寄）', '传真', '电子邮件']);
  });

  it('knows a central-bank branch by its place first', () => {
    const aliases = agencyAliases('中国人民银行青田县支行');
    expect(aliases).toContain('青田县人民银行');
    expect(aliases).toContain('青田人行');
    expect(agencyAliases('中国人民银行丽水市中心支行')).toContain('丽水市人民银行');
  });
});
