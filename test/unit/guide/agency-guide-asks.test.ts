/** What a question asks of one agency's guide: the words citizens use for each field. */
import { describe, expect, it } from 'vitest';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';

describe('agencyGuideAsks', () => {
  it("how much one form may ask (一张申请表能申请几条信息) is the guide's rule, not a count; 留多久 asks how long information stays online", () => {
    // Real: 锦州市政府办公厅一张申请表能申请几条信息, 乳城镇网上公开的信息留多久. Made up: the others.
    for (const question of ['锦州市政府办公厅一张申请表能申请几条信息', '青松县林业局每份申请书可以写几项', '白云镇一次能申请几条政府信息'])
      expect(agencyGuideAsks(question), question).toEqual(['per_form']);
    for (const question of ['乳城镇网上公开的信息留多久', '白云镇网站上的信息能留几年'])
      expect(agencyGuideAsks(question), question).toContain('retention');
    expect(agencyGuideAsks('青松县林业局2023年收到几条申请')).toEqual([]);
  });

  it('who takes the application: 交给哪个部门, 归哪个部门管, 哪个部门负责, 交给谁 ask how to apply', () => {
    for (const question of [
      '安化公安局信息公开申请交给哪个部门',
      '台州市公安局黄岩分局信息公开归哪个部门管',
      '滨江区西兴街道信息公开是哪个部门负责办理',
      '社学街道申请交给谁',
      // Made up:
      '青松县林业局的申请由哪个科室受理',
      '白云镇信息公开申请递交给谁',
      '苏巷镇信息公开找谁',
      '青松县林业局申请找哪个科室',
    ])
      expect(agencyGuideAsks(question), question).toContain('apply');
  });

  it('a way of applying named (写信, 寄信, 网上) or 怎么向X申请 asks how to apply', () => {
    for (const question of [
      '嘉兴教育局可以写信申请吗',
      '漠河公安局能寄信申请吗',
      '怎么向安化公安局申请信息公开',
      '怎样向青松县林业局提交申请',
    ])
      expect(agencyGuideAsks(question), question).toContain('apply');
  });

  it('寄到哪 asks the address; 去哪个办公室查阅 and 公开栏在哪 ask where to read', () => {
    expect(agencyGuideAsks('寄到哪')).toContain('address');
    expect(agencyGuideAsks('材料送到哪')).toContain('address');
    expect(agencyGuideAsks('句容自然资源局去哪个办公室查阅')).toContain('website');
    expect(agencyGuideAsks('白云镇的信息公开栏在哪')).toContain('website');
  });

  it('how soon proactive information is published is not how long a reply takes', () => {
    for (const question of [
      '嘉兴教育局主动公开的信息多久内公开',
      '句容自然资源局主动公开的信息最迟多久公布',
      '青松县林业局的文件多少天内会公开',
    ]) {
      expect(agencyGuideAsks(question), question).toContain('proactive');
      expect(agencyGuideAsks(question), question).not.toContain('time_limit');
    }
    expect(agencyGuideAsks('偃师科技局申请了多久答复')).toEqual(['time_limit']);
  });

  it('a figure asked is no guide question', () => {
    expect(agencyGuideAsks('安化公安局主动公开了多少条')).toEqual([]);
  });

  it('主动公开哪些信息 asks what the agency publishes, not when', () => {
    for (const question of [
      '鄂城区教育局主动公开哪些信息',
      '赣州开发区公安分局主动公开哪些信息',
      '青松县林业局主动公开的范围是什么',
      '白云镇公布什么内容',
    ])
      expect(agencyGuideAsks(question), question).toContain('scope');
  });

  it('guide-questions-3 phrasings: 周六上班吗, 夏天呢, 收钱吗, 能当场答复吗, 寄给谁, 主动公开些啥, 哪个办公室受理, 口头申请', () => {
    const cases: Array<[string, string]> = [
      ['长春路街道周六上班吗', 'office_hours'],
      ['青松县林业局周末办公吗', 'office_hours'],
      ['夏天呢', 'office_hours'],
      ['那冬季的话', 'office_hours'],
      ['平潭自然资源和生态环境局申请信息公开收钱吗', 'fees'],
      ['青松县林业局收不收钱', 'fees'],
      ['平潭自然资源局能当场答复吗', 'time_limit'],
      ['国家卫健委信息公开申请寄给谁', 'address'],
      ['田庄乡政府主动公开些啥', 'scope'],
      ['青松县林业局主动公开哪几类信息', 'scope'],
      ['雄关街道信息公开申请是哪个办公室受理', 'apply'],
      ['长春路街道不会写字能口头申请吗', 'apply'],
    ];
    for (const [question, ask] of cases) expect(agencyGuideAsks(question), question).toContain(ask);
  });

  it('what applying costs is the guide’s (要交多少钱); table 二’s 行政事业性收费 is not', () => {
    expect(agencyGuideAsks('青松县林业局要交多少钱')).toEqual(['fees']);
    expect(agencyGuideAsks('白云镇申请公开要交几块钱')).toEqual(['fees']);
    expect(agencyGuideAsks('青松县林业局行政事业性收费多少')).toEqual([]);
    expect(agencyGuideAsks('白云镇事业性收费是多少')).toEqual([]);
  });

  it('an account, the ways of publishing, the form and a reading place are asked of the guide; an account’s figures are not', () => {
    expect(agencyGuideAsks('田庄乡有没有微信公众号发布信息')).toEqual(['media']);
    expect(agencyGuideAsks('青松县林业局的微博叫什么')).toEqual(['media']);
    expect(agencyGuideAsks('沙坡头区科技局公众号粉丝多少')).not.toContain('media');
    expect(agencyGuideAsks('西工区科技局的微博关停了吗')).not.toContain('media');
    expect(agencyGuideAsks('浙江卫健委通过哪些方式主动公开')).toContain('publication');
    expect(agencyGuideAsks('青松县林业局的信息公开形式')).toContain('publication');
    expect(agencyGuideAsks('澄江镇信息公开申请表在哪领')).toEqual(['form']);
    expect(agencyGuideAsks('青松县林业局要填什么表')).toEqual(['form']);
    expect(agencyGuideAsks('祥符区市民之家的查阅专区在哪')).toEqual(['website']);
    expect(agencyGuideAsks('青松县档案馆能查吗')).toEqual(['website']);
  });

  it('a reading place asked by name (公开大厅在哪, 档案馆呢) is asked of the reading places, not the office address', () => {
    expect(agencyGuideAsks('海淀区卫生局政府信息公开大厅在哪')).toEqual(['website']);
    expect(agencyGuideAsks('档案馆呢')).toEqual(['website']);
    expect(agencyGuideAsks('那图书馆的话')).toEqual(['website']);
    expect(agencyGuideAsks('青松县林业局的公示栏在哪里')).toEqual(['website']);
  });
  it('a count of the site (网站点击量多少, 网站访问次数是多少) is a figure of the report, not the website asked', () => {
    for (const question of ['乌海工信局网站点击量多少', '山东省海洋局网站访问量多少', '青松县林业局网站的浏览次数是几']) // last made up
      expect(agencyGuideAsks(question), question).not.toContain('website');
    for (const question of ['乌海工信局网站是多少', '青松县林业局网站']) expect(agencyGuideAsks(question), question).toContain('website');
  });

  // guide-questions-5's classes, each with a made-up second example.
  it('信息公开几点上班 asks the hours (公开几 before 点 is no count); a person’s phone is no guide field', () => {
    expect(agencyGuideAsks('长江大学信息公开几点上班')).toContain('office_hours');
    expect(agencyGuideAsks('青松县林业局政务公开几点开门')).toContain('office_hours');
    expect(agencyGuideAsks('玉溪住建局局长电话')).toEqual([]);
    expect(agencyGuideAsks('白云镇镇长的手机号码')).toEqual([]);
  });

  it('寄快递 asks how to apply; 去哪能查到 and 档案馆查吗, 文档室在哪 ask where to read', () => {
    expect(agencyGuideAsks('卫东区市场监管局能寄快递吗')).toContain('apply');
    expect(agencyGuideAsks('青松县林业局可以发挂号信吗')).toContain('apply');
    expect(agencyGuideAsks('克东县政府公开的信息去哪能查到')).toContain('website');
    expect(agencyGuideAsks('玉溪住建局公开的信息能去档案馆查吗')).toContain('website');
    expect(agencyGuideAsks('雄关街道文档室在哪')).toContain('website');
    expect(agencyGuideAsks('白云镇资料室在哪里')).toContain('website');
  });

  it('公开哪几类信息 asks what it publishes', () => {
    expect(agencyGuideAsks('安徽审计职业学院公开哪几类信息')).toContain('scope');
    expect(agencyGuideAsks('青松县林业局公开哪几种信息')).toContain('scope');
  });
});

describe('agencyGuideAsks: qaguide11 classes (made-up second examples)', () => {
  it('坐几路车 asks the address, 哪能看 where to read, 寒暑假能申请/周末呢 the hours, 找X哪个部门 the office; clinics are not the office', () => {
    expect(agencyGuideAsks('青松县林业局坐几路车能到')).toContain('address');
    expect(agencyGuideAsks('在青松县哪能看到林业局公开的文件')).toContain('website');
    expect(agencyGuideAsks('青松县第一中学寒暑假能申请信息公开吗')).toContain('office_hours');
    expect(agencyGuideAsks('周六呢')).toContain('office_hours');
    expect(agencyGuideAsks('信息公开找青松县林业局哪个科室')).toContain('apply');
    expect(agencyGuideAsks('青松县人民医院门诊几点开')).toEqual([]);
    expect(agencyGuideAsks('青松县人民医院怎么挂号')).toEqual([]);
    expect(agencyGuideAsks('青松县人民医院可以寄挂号信申请吗')).toContain('apply');
  });
});

describe('agencyGuideAsks: qaguide12 classes (made-up second examples)', () => {
  it('申请时间怎么算 asks when an application counts as received; 公开的文件怎么查 where to read; 能上门吗 how to apply', () => {
    expect(agencyGuideAsks('青松县林业局邮寄申请的申请日期以哪天为准')).toEqual(['received']);
    expect(agencyGuideAsks('寄信申请从哪天开始算')).toEqual(['received']);
    expect(agencyGuideAsks('青松县林业局公布的文件去哪查')).toContain('website');
    expect(agencyGuideAsks('青松县林业局能直接上门吗')).toContain('apply');
  });

  it('a service the agency runs (补贴怎么申请, 疫苗在哪打) asks nothing of its guide; information about it does', () => {
    expect(agencyGuideAsks('青松县林业局造林补贴怎么申请')).toEqual([]);
    expect(agencyGuideAsks('青松县卫健局狂犬疫苗在哪打')).toEqual([]);
    expect(agencyGuideAsks('青松县林业局补贴发放信息在哪查')).toContain('website');
  });
});
