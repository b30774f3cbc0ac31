/**
 * qaguide21's classes: a page titled only 政府信息公开指南 whose form is the city's (《X市依申请公开政府信息申请表》) and whose office
 * is under 主办部门:; a bureau's own office named under 工作机构名称 (the guide is the bureau's), with the 分管领导 after it; a fax
 * printed as the second number of the phone line, marked (传真); a crawl that starts at the form sentence of 依申请公开
 * (申请人可向X局申请领取或自行复制《…申请表》). Made-up guides of made-up agencies.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeAgencyGuide, parseAgencyGuide } from '../../../src/guide/agency-guide.js';
import { importTexts, makeTestApp } from '../../helpers.js';

/** A made-up city bureau: bare title, the city's common form, the office under 主办部门:. */
const QINGSHUI_RSJ =
  '政府信息公开指南\n\n发布时间:          字体:[  ]\n\n    为保障公民依法获取政府信息,结合民政工作实际,编制本指南。\n\n一、主动公开\n\n' +
  '1. 主动公开的政府信息范围主要包括组织机构、财政信息等。\n\n二、依申请公开\n\n(一)受理机构\n\n' +
  '主办部门:青水市民政局办公室\n\n办公地址:青水市河东路9号\n\n邮政编码:000111\n\n联系电话:0000-1234567\n\n' +
  '(二)申请\n\n申请人应当填写《青水市依申请公开政府信息申请表》。\n';

/** A made-up province department in one run-on line: its office under 工作机构名称, a 分管领导 after it, the fax after the phone. */
const DONGLING_JYT =
  '政府信息公开指南 |\n为便于公民准确地获取东岭省教育厅的政府信息,编制本指南。 一、政府信息公开工作机构及其负责人 ' +
  '工作机构名称:东岭省教育厅办公室 政务公开分管领导:张某某 办公地址:东岭市新华路1号 联系电话:0000-7654321  0000-7654322(传真) ' +
  '二、主动公开 (一)公开内容 本机关主动公开机构概况、政策文件。\n';

/** A made-up district bureau's page crawled from the middle: it starts at the form sentence, ways numbered under (一). */
const NANPO_ZRZY =
  '申请人可向南坡区自然资源局申请领取或自行复制《政府信息公开申请表》,也可在网站上下载电子版本。\n' +
  '(一)政府信息公开申请接收渠道\n申请人可以通过以下3种方式提出政府信息公开申请:\n' +
  '1.当面申请:申请人可以到南坡区自然资源局办公室(南坡区政务中心三楼301),当面提交申请。\n' +
  '2.邮政寄送申请:请在信封左下角注明“政府信息公开申请”的字样,邮编:000222。\n' +
  '3.传真申请:传真至南坡区自然资源局,传真号码:0000-5550000。\n' +
  '(二)申请的办理流程说明\n本机关收到申请后,自收到申请之日起20个工作日内予以答复。\n';

describe('whose guide a page is when its title names no one', () => {
  it('a form named by a bare city is no agency: the office under 主办部门 names the bureau', () => {
    const guide = parseAgencyGuide(QINGSHUI_RSJ);
    expect(guide.agency).toBe('青水市民政局');
    expect(guide.fields.accepting_office).toBe('青水市民政局办公室');
    expect(guide.fields.phone).toBe('0000-1234567');
  });

  it('a bureau’s office under 工作机构名称 is the bureau’s; the 分管领导 after it is no part of the office', () => {
    const guide = parseAgencyGuide(DONGLING_JYT);
    expect(guide.agency).toBe('东岭省教育厅');
    expect(guide.fields.accepting_office).toBe('东岭省教育厅办公室');
    expect(guide.fields.phone).toBe('0000-7654321');
    expect(guide.fields.fax).toBe('0000-7654322');
  });

  it('a page starting at the form sentence is a guide, of the body that hands the form out', () => {
    expect(looksLikeAgencyGuide(NANPO_ZRZY)).toBe(true);
    const guide = parseAgencyGuide(NANPO_ZRZY);
    expect(guide.agency).toBe('南坡区自然资源局');
    expect(guide.fields.fax).toBe('0000-5550000');
    expect(guide.fields.post_code).toBe('000222');
  });

  it('answers each from its guide', async () => {
    const app = makeTestApp();
    await importTexts(app, [
      ['qingshui-mzj-guide.txt', QINGSHUI_RSJ],
      ['dongling-jyt-guide.txt', DONGLING_JYT],
      ['nanpo-zrzy-guide.txt', NANPO_ZRZY],
    ]);
    const asked: Array<[string, string]> = [
      ['青水市民政局信息公开电话', '0000-1234567'],
      ['青水市民政局地址', '河东路9号'],
      ['东岭省教育厅传真', '0000-7654322'],
      ['东岭省教育厅信息公开找谁', '东岭省教育厅办公室'],
      ['南坡区自然资源局传真号码', '0000-5550000'],
      ['南坡区自然资源局当面申请去哪', '三楼301'],
    ];
    for (const [question, words] of asked) {
      const answer = await app.ask(question);
      expect(answer.kind, question).toBe('guide');
      expect(answer.answer, question).toContain(words);
    }
    app.dispose();
  });
});
