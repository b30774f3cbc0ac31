/** The operator commands (staff, export) and `gongkai chat --user` driving the entry flow, through main() with captured IO. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { extractFile } from '../../src/report/extract.js';
import { parseReport } from '../../src/report/parse.js';

let directory: string;
let db: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-entry-cli-'));
  db = join(directory, 'cli.db');
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Run the CLI with lines on standard input; exit code and what it wrote. */
async function run(argv: string[], input: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--db', db, ...argv], {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    stdin: Readable.from(input.length > 0 ? [`${input.join('\n')}\n`] : []),
  });
  return { code, out, err };
}

describe('gongkai staff', () => {
  it('adds, lists and removes staff; a new agency is created, a known one found by its short name', async () => {
    let result = await run([
      'staff',
      'add',
      '--id',
      'cli-clerk',
      '--name',
      '李四',
      '--agency',
      '海原县教育局',
      '--role',
      'clerk',
      '--create-agency',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('已登记 (added)：李四 clerk 海原县教育局（新建机关 new agency）');
    result = await run([
      'staff',
      'add',
      '--id',
      'cli-reviewer',
      '--name',
      '王五',
      '--agency',
      '海原县教育局',
      '--role',
      'reviewer',
      '--mobile',
      '13800000000',
    ]);
    expect(result.code).toBe(0);
    result = await run(['staff', 'add', '--id', 'xg-clerk', '--name', '赵六', '--agency', '西工区科技局', '--role', 'clerk']);
    expect(result.out).toContain('赵六 clerk 西工区科学技术局 ID xg-clerk');
    expect(result.out).not.toContain('新建机关');

    result = await run(['staff', 'add', '--id', 'x', '--name', '某', '--agency', '海原县教育局', '--role', 'boss']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--role 应为 clerk 或 reviewer');

    result = await run(['staff', 'list']);
    expect(result.out).toContain('cli-reviewer\t王五\treviewer\t海原县教育局\t13800000000');
    result = await run(['staff', 'list', '--json']);
    const listed = JSON.parse(result.out) as Array<{ id: string; agency: string; role: string }>;
    expect(listed.map((member) => member.id).sort()).toEqual(['cli-clerk', 'cli-reviewer', 'xg-clerk']);

    expect((await run(['staff', 'remove', '--id', 'xg-clerk'])).code).toBe(0);
    result = await run(['staff', 'remove', '--id', 'xg-clerk']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('not found');
  });
});

describe('gongkai chat --user (scriptable entry)', () => {
  it('drives the whole flow from standard input; a reviewer publishes; ask and export use the report', async () => {
    let result = await run(
      ['chat', '--user', 'cli-clerk'],
      [
        '填报2025年度',
        '0',
        '同上',
        '行政许可 7',
        '其余为0',
        '确认',
        '总体情况：本年度我局认真落实《中华人民共和国政府信息公开条例》。',
        '存在的主要问题及改进情况：信息公开形式单一。',
        '其他需要报告的事项：未收取信息处理费。',
        '进度',
        '提交',
      ],
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('开始填报《海原县教育局2025年政府信息公开工作年度报告》');
    expect(result.out).toContain('已保存：行政许可 7');
    expect(result.out).toContain('已全部填完，可以“提交”审核了');
    expect(result.out).toContain('已提交审核');

    result = await run(['chat', '--user', 'cli-reviewer'], ['审核', '通过']);
    expect(result.out).toContain('已通过并发布《海原县教育局2025年政府信息公开工作年度报告》');

    result = await run(['ask', '海原县教育局2025年办理了几件行政许可？']);
    expect(result.out).toContain('7件');

    result = await run(['export', '海原县教育局', '2025', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('# 海原县教育局2025年政府信息公开工作年度报告');
    expect(result.out).toContain('| 行政许可 | 7 |');
    const fromMarkdown = parseReport(result.out).report;
    expect(fromMarkdown.proactive.licensing).toEqual([7]);
    expect(fromMarkdown.sections.other).toContain('未收取信息处理费');

    const docx = join(directory, 'haiyuan.docx');
    result = await run(['export', '海原县教育局', '2025', '--format', 'docx', '--out', docx]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('已写入');
    const fromWord = parseReport((await extractFile(docx)).text).report;
    expect(fromWord.agency).toBe('海原县教育局');
    expect(fromWord.proactive.licensing).toEqual([7]);
    expect(fromWord.applications.handled_total).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('gongkai export', () => {
  it('exports an imported report by alias, a draft with a note, and refuses an unknown agency', async () => {
    const file = join(directory, 'shapotou.md');
    let result = await run(['export', '沙坡头区科技局', '2024', '--format', 'md', '--out', file]);
    expect(result.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    await run(['staff', 'add', '--id', 'hsb-clerk', '--name', '钱七', '--agency', '红寺堡区科学技术局', '--role', 'clerk']);
    await run(['chat', '--user', 'hsb-clerk'], ['填报2026年度', '行政许可 3']);
    result = await run(['export', '红寺堡区科学技术局', '2026', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.err).toContain('尚未发布，导出的是草稿');
    expect(result.out).toContain('| 行政许可 | 3 |');
    expect(result.out).toContain('| 行政处罚 | — |');

    result = await run(['export', '不存在局', '2024', '--format', 'md']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('没有找到机关');
    result = await run(['export', '海原县教育局', '2025', '--format', 'pdf']);
    expect(result.code).toBe(2);
  });
});
