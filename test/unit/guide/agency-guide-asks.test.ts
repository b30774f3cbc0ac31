/** What a question asks of one agency's guide: the words citizens use for each field. */
import { describe, expect, it } from 'vitest';
import { agencyGuideAsks } from '../../../src/guide/agency-guide-answer.js';

describe('agencyGuideAsks', () => {
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
});
