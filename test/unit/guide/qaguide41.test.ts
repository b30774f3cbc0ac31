/**
 * The real guides qaguide41 added (guides-55, asked by guide-questions-55): each is read as a guide of the agency its hand-read
 * JSON names, with every field the JSON gives, and imported. Then made-up guides for what those pages taught the parser: an
 * untitled guide of a vertically managed body named by its city alone (获取某某铁路监督管理局的政府信息); an office under the
 * 受理机构 heading introducing its short name before 负责受理; a phone label run into its number with no colon; a phone
 * marked (传真) or (传真同号) with no area code is the fax too; a page on applying whose form is a 申请书; an opening naming its
 * body with a second name in brackets (…信访局(中共…信访局)).
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { describeGuideFolder } from '../../guide-folder.js';

describeGuideFolder('qaguide41’s real guides (guides-55)', 'guides-55', {
  atLeast: 6,
  ask: '韶关市审计局信息公开电话',
  answerContains: '0751-8876229',
});

describe('qaguide41: read', () => {
  it('reads an untitled guide of a city-named vertical body from its opening, the office introducing its short name', () => {
    const text = `为保障公民、法人和其他组织获取沈阳铁路监督管理局的政府信息,按照《中华人民共和国政府信息公开条例》,编制本指南。
一、主动公开
(一)公开时限
属于主动公开范围的政府信息,将在该信息形成之日起20个工作日内予以公开。
二、依申请公开
(一)受理机构
沈阳铁路监督管理局综合处(以下简称局综合处)负责受理政府信息公开申请。
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('沈阳铁路监督管理局');
    expect(guide.fields.accepting_office).toBe('沈阳铁路监督管理局综合处');
  });

  it('reads a phone label run into its number without a colon', () => {
    const text = `北江县审计局政府信息公开指南
二、依申请公开
(一)受理机构
受理机构为北江县审计局办公室,办公地址:北江县河西路8号,受理机构联系电话0763-5512345,传真号码0763-5512346,邮政编码:511500。
`;
    const guide = parseAgencyGuide(text);
    expect(guide.fields.phone).toBe('0763-5512345');
    expect(guide.fields.fax).toBe('0763-5512346');
  });

  it('takes a phone marked (传真) or (传真同号), with no area code, for the fax too', () => {
    const marked = (mark: string) => `北江县档案局政府信息公开指南
二、依申请公开
受理机构:县档案局办公室
联系电话:5512345${mark}
邮政编码:511500
`;
    expect(parseAgencyGuide(marked('(传真同号)')).fields.fax).toBe('5512345');
    expect(parseAgencyGuide(marked('(传真)')).fields.fax).toBe('5512345');
    expect(parseAgencyGuide(marked('')).fields.fax).toBeUndefined();
  });

  it('reads a page on applying whose form is a 申请书 as a guide', () => {
    const text = `您的位置:首页 > 政务公开 > 依申请公开专栏
南岭乡政府
一、受理机构
南岭乡政府办公室负责公开由南岭乡政府制作的政府信息。
联系电话:0421-8000001
二、申请的提出
申请人可以采用信函、传真等形式提出申请,申请时应填写《政府信息公开申请书》。
`;
    expect(looksLikeAgencyGuide(text)).toBe(true);
    expect(parseAgencyGuide(text).fields.phone).toBe('0421-8000001');
  });

  it('names the body by the name outside the brackets of its second name', () => {
    const text = `为更好地提供政府信息公开服务,便于公民、法人或者其他组织依法获取北江市人民政府信访局(中共北江市委信访局)的政府信息,编制本指南。
一、主动公开
(一)公开范围
本机关主动向社会公开的信息范围参见本机关编制的信息公开目录。
二、依申请公开
(一)受理机构
机构名称:北江市人民政府信访局(中共北江市委信访局)办公室;联系电话:0564-1234567
`;
    const guide = parseAgencyGuide(text);
    expect(guide.agency).toBe('北江市人民政府信访局');
    expect(guide.fields.phone).toBe('0564-1234567');
  });
});

describe('qaguide41: read (the form, the proactive limit, where the guide is read)', () => {
  it('keeps the form’s full name, from the sentence filling it in, when the words on fetching it call it 《申请表》', () => {
    const text = `北江县审计局政府信息公开指南
二、依申请公开
受理机构:北江县审计局办公室
(二)受理程序
向我局申请获取信息,应当书面填写《北江县政府信息公开申请表》(以下简称《申请表》)。《申请表》可在政府网站上下载。
`;
    const guide = parseAgencyGuide(text);
    expect(guide.fields.application_form).toBe('《申请表》可在政府网站上下载');
    expect(guide.fields.application_form_name).toBe('《北江县政府信息公开申请表》');
  });

  it('reads a form called 申请书, or 申请表格 followed as prescribed, from its sentence', () => {
    const book = `北江县档案局政府信息公开指南
二、依申请公开
受理机构:北江县档案局办公室
申请人可以采用信函、传真等形式提出申请,申请时应填写《政府信息公开申请书》,并提供身份证明。
`;
    expect(parseAgencyGuide(book).fields.application_form).toContain('《政府信息公开申请书》');
    const table = `北江县地震局政府信息公开指南
二、依申请公开
受理机构:北江县地震局办公室
以电话方式受理的,信息表的格式需按照本局所规定的《政府信息公开申请表格》来执行。
`;
    expect(parseAgencyGuide(table).fields.application_form).toContain('《政府信息公开申请表格》');
  });

  it('keeps the latest proactive limit of the next sentence, and reads one with no count of days', () => {
    const latest = `北江县档案局政府信息公开指南
一、主动公开
(三)公开时限。以本机关名义发布的政府公开信息,自发布或变更之日起15个工作日内予以公开。有特殊情况的,最晚自信息产生后的25日内公开。
二、依申请公开
受理机构:北江县档案局办公室
`;
    expect(parseAgencyGuide(latest).fields.proactive_time_limit).toBe(
      '以本机关名义发布的政府公开信息,自发布或变更之日起15个工作日内予以公开。有特殊情况的,最晚自信息产生后的25日内公开',
    );
    const first = `北江县统计局信息公开指南
一、主动公开
(三)公开时限。
统计局各类信息的形成或变更,将在第一时间予以公开。
二、依申请公开
受理机构:北江县统计局办公室
`;
    expect(parseAgencyGuide(first).fields.proactive_time_limit).toBe('统计局各类信息的形成或变更,将在第一时间予以公开');
  });

  it('reads where the guide is read from the clause after its updates (可以在…信息网…查询)', () => {
    const text = `北江县档案局政府信息公开指南
《指南》每年更新一次,可以在北江档案信息网(www.bjda.gov.cn)政府信息公开栏目查询。
一、主动公开
二、依申请公开
受理机构:北江县档案局办公室
`;
    expect(parseAgencyGuide(text).fields.guide_reading).toContain('北江档案信息网');
  });
});
