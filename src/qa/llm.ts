/**
 * The optional LLM path (any OpenAI-compatible endpoint). The model only interprets: it calls
 * the offline engine's lookups as tools with zod-validated arguments and writes the reply.
 * It never writes SQL and never supplies a figure: every number in its reply must come from
 * a tool result, otherwise the offline answer is sent. Slow or failing: offline answer.
 */
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import * as z from 'zod';
import { projectRoot } from '../config/paths.js';
import { shanghaiYear } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, DOCUMENT_COLUMNS } from '../report/catalogue.js';
import { type Answer, LOOKUP_TOPICS, type QaEngine } from './engine.js';
import { type GuardEvidence, unsupportedNumbers } from './number-guard.js';
import { COMMON_SLOTS, type CommonSlots, findYears, normalizeQuestion, QUESTION_TYPES, type QuestionTool } from './understand.js';

export interface LlmOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** The whole LLM exchange must finish within this; otherwise the offline answer goes out. */
  timeoutMs: number;
  logger: Logger;
  /** Guide lookup, for the `guide` tool. */
  guide: (question: string) => { answer: string } | null;
}

const COLUMN_KEYS = [...new Set([...APPLICANT_COLUMNS, ...APPEAL_COLUMNS, ...DOCUMENT_COLUMNS].map((column) => column.key))];

/**
 * The generic lookup tool's arguments (any topic by its key), validated before anything runs; the
 * tool's JSON schema is generated from it. The question types' own tools are the specific form.
 */
export const LookupArgumentsSchema = z.object({
  agencies: COMMON_SLOTS.agencies,
  years: COMMON_SLOTS.years,
  topic: z
    .enum(LOOKUP_TOPICS as [string, ...string[]])
    .describe(
      '查询项：表格行键（licensing 行政许可, received 新收申请 …）、proactive_items 主动公开条数、contacts 联系方式、problems 存在问题、improvements 改进措施等',
    ),
  column: z
    .enum(COLUMN_KEYS as [string, ...string[]])
    .optional()
    .describe('列：natural_person 自然人、business 商业企业、total 总计、issued 本年制发 …'),
  operation: z.enum(['value', 'rank', 'total', 'list', 'compare', 'change']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const GuideArgumentsSchema = z.object({ question: z.string().min(1).max(200).describe('用户关于申请、期限、收费、救济途径等的问题') });

/** The search_reports tool's arguments: sentences of one agency's reports that match a query. */
export const SearchArgumentsSchema = z.object({
  agency: z.string().min(2).max(40).describe('机关名称，照用户说法，如“海原县科技局”'),
  year: z.number().int().min(2000).max(2100).optional().describe('年度（数字所属的年份）'),
  query: z.string().min(1).max(100).describe('要找的内容，如“科技特派员”“中卫日报 发布信息”'),
});

/** A tool as the API wants it, its parameters generated from the zod schema that validates its arguments. */
function tool(name: string, description: string, schema: z.ZodType): OpenAI.Chat.Completions.ChatCompletionTool {
  const { $schema: _ignored, ...parameters } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return { type: 'function', function: { name, description, parameters } };
}

/** One tool per question type that declares one, by its function name. */
export const TYPE_TOOLS: ReadonlyMap<string, QuestionTool> = new Map(
  QUESTION_TYPES.flatMap((type) => (type.tool ? [[type.tool.name, type.tool] as const] : [])),
);

const TOOLS: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  ...[...TYPE_TOOLS.values()].map((typeTool) => tool(typeTool.name, typeTool.description, typeTool.schema)),
  tool('lookup', '查询年度报告数据库：某机关某年的表格数字、正文数字、联系方式或章节；或跨机关的排名、合计、列表。', LookupArgumentsSchema),
  tool('guide', '查询政府信息公开指南和条例：如何申请、期限、收费、救济途径、年报时限等。', GuideArgumentsSchema),
  tool(
    'search_reports',
    '在某机关年度报告正文的句子中检索（表格和目录之外的内容，如科技特派员人数、各渠道发布条数）。只能引用返回的句子原文。',
    SearchArgumentsSchema,
  ),
];

let systemPrompt: string | undefined;

/** The system prompt, from prompts/answer.md (front matter removed), read once. */
export function loadAnswerPrompt(): string {
  systemPrompt ??= readFileSync(`${projectRoot()}/prompts/answer.md`, 'utf8')
    .replace(/^---[\s\S]*?---\s*/, '')
    .trim();
  return systemPrompt;
}

export class LlmAnswerer {
  private readonly client: OpenAI;

  constructor(
    private readonly options: LlmOptions,
    private readonly engine: QaEngine,
  ) {
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, timeout: options.timeoutMs, maxRetries: 0 });
  }

  /**
   * Try to answer through the model; resolves to null when it fails, is slow, or states a
   * number no tool returned. Never throws.
   */
  async answer(question: string): Promise<Answer | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    const log = this.options.logger;
    try {
      return await this.exchange(question, controller.signal);
    } catch (error) {
      log.warn({ event: 'llm_failed', error: (error as Error).message }, 'LLM failed; offline answer used');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private async exchange(question: string, signal: AbortSignal): Promise<Answer | null> {
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
      { role: 'system', content: loadAnswerPrompt() },
      { role: 'user', content: question.slice(0, 500) },
    ];
    const results: Answer[] = [];
    const evidence: GuardEvidence = {
      facts: [],
      sentences: [],
      trusted: [],
      years: findYears(normalizeQuestion(question), shanghaiYear(new Date())),
    };
    for (let round = 0; round < 3; round += 1) {
      const completion = await this.client.chat.completions.create(
        { model: this.options.model, messages, tools: TOOLS, tool_choice: 'auto', temperature: 0 },
        { signal },
      );
      const choice = completion.choices?.[0]?.message;
      if (!choice) return null;
      const calls = choice.tool_calls ?? [];
      if (calls.length === 0) {
        const reply = (choice.content ?? '').trim();
        if (!reply || results.length === 0) return null;
        return this.verified(reply, results, evidence);
      }
      messages.push({ role: 'assistant', content: choice.content ?? null, tool_calls: calls });
      for (const call of calls) {
        const output =
          call.type === 'function' ? this.runTool(call.function.name, call.function.arguments, results, evidence) : '不支持的工具';
        messages.push({ role: 'tool', tool_call_id: call.id, content: output });
      }
    }
    return null;
  }

  private runTool(name: string, rawArguments: string, results: Answer[], evidence: GuardEvidence): string {
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(rawArguments || '{}');
    } catch {
      return '参数不是合法的JSON';
    }
    const typeTool = TYPE_TOOLS.get(name);
    if (name === 'lookup' || typeTool) {
      // The same zod schema that generated the tool's parameters validates the call; the offline engine answers it.
      const parsed = (typeTool?.schema ?? LookupArgumentsSchema).safeParse(parsedJson);
      if (!parsed.success) return `参数有误：${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`;
      const answer = typeTool
        ? this.engine.lookupTopic(parsed.data as CommonSlots, typeTool.topic(parsed.data))
        : this.engine.lookup(parsed.data as z.infer<typeof LookupArgumentsSchema>);
      results.push(answer);
      // Facts are figures from the store; the answer text quotes report prose, which counts only where the reply quotes it.
      for (const fact of answer.facts) evidence.facts.push(fact);
      evidence.sentences.push(answer.answer);
      return JSON.stringify({ kind: answer.kind, answer: answer.answer, facts: answer.facts });
    }
    if (name === 'guide') {
      const parsed = GuideArgumentsSchema.safeParse(parsedJson);
      if (!parsed.success) return '参数有误：需要 question';
      const found = this.options.guide(parsed.data.question);
      const answer: Answer = found
        ? { kind: 'guide', answer: found.answer, facts: [] }
        : { kind: 'refusal', answer: '指南中没有相关内容', facts: [] };
      results.push(answer);
      // The guide is the project's own data, not imported text: its numbers (20个工作日) are trusted.
      evidence.trusted.push(answer.answer);
      return answer.answer;
    }
    if (name === 'search_reports') {
      const parsed = SearchArgumentsSchema.safeParse(parsedJson);
      if (!parsed.success) return `参数有误：${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`;
      const found = this.engine.searchReports(parsed.data.agency, parsed.data.query, parsed.data.year);
      if (found.error) return found.error;
      for (const item of found.sentences) evidence.sentences.push(item.sentence);
      const answer: Answer = {
        kind: found.sentences.length > 0 ? 'text' : 'refusal',
        answer: found.sentences.map((item) => `${item.report}${item.section}：${item.sentence}`).join('\n') || '没有找到相关句子',
        facts: [],
      };
      results.push(answer);
      return JSON.stringify({
        sentences: found.sentences,
        note: found.sentences.length === 0 ? '没有找到相关句子，请如实告诉用户报告中没有写明' : '只能引用这些句子的原文',
      });
    }
    return `没有工具 ${name}`;
  }

  /** Accept the model's reply only if every number in it is a returned fact, or sits in a returned sentence the reply quotes. */
  private verified(reply: string, results: Answer[], evidence: GuardEvidence): Answer | null {
    const invented = unsupportedNumbers(reply, evidence);
    if (invented.length > 0) {
      this.options.logger.warn(
        { event: 'llm_invented_number', numbers: invented },
        'LLM reply has numbers no tool returned; offline answer used',
      );
      return null;
    }
    const kinds = results.map((result) => result.kind);
    const kind = kinds.includes('figure')
      ? 'figure'
      : kinds.includes('guide')
        ? 'guide'
        : kinds.includes('text')
          ? 'text'
          : (kinds[0] ?? 'refusal');
    return { kind, answer: reply, facts: results.flatMap((result) => result.facts) };
  }
}
