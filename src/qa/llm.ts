/**
 * The optional LLM path (any OpenAI-compatible endpoint). The model only interprets: it calls
 * the offline engine's lookups as tools with zod-validated arguments and writes the reply.
 * It never writes SQL and never supplies a figure: every number in its reply must come from
 * a tool result, otherwise the offline answer is sent. Slow or failing: offline answer.
 */
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { z } from 'zod';
import { projectRoot } from '../config/paths.js';
import type { Logger } from '../core/log.js';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, DOCUMENT_COLUMNS } from '../report/catalogue.js';
import { type Answer, LOOKUP_TOPICS, type QaEngine } from './engine.js';

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

/** The lookup tool's arguments, validated before anything runs. */
export const LookupArgumentsSchema = z.object({
  agencies: z.array(z.string().min(2).max(40)).max(5).default([]),
  years: z.array(z.number().int().min(2000).max(2100)).max(5).optional(),
  topic: z.enum(LOOKUP_TOPICS as [string, ...string[]]),
  column: z.enum(COLUMN_KEYS as [string, ...string[]]).optional(),
  operation: z.enum(['value', 'rank', 'total', 'list', 'compare', 'change']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const GuideArgumentsSchema = z.object({ question: z.string().min(1).max(200) });

const TOOLS: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'lookup',
      description: '查询年度报告数据库：某机关某年的表格数字、正文数字、联系方式或章节；或跨机关的排名、合计、列表。',
      parameters: {
        type: 'object',
        properties: {
          agencies: { type: 'array', items: { type: 'string' }, description: '机关名称，照用户说法，如“西工区科技局”；跨机关统计时为空数组' },
          years: { type: 'array', items: { type: 'integer' }, description: '年度，如2024' },
          topic: { type: 'string', enum: LOOKUP_TOPICS, description: '查询项：表格行键（licensing 行政许可, received 新收申请 …）、proactive_items 主动公开条数、contacts 联系方式、problems 存在问题、improvements 改进措施等' },
          column: { type: 'string', enum: COLUMN_KEYS, description: '列：natural_person 自然人、business 商业企业、total 总计、issued 本年制发 …' },
          operation: { type: 'string', enum: ['value', 'rank', 'total', 'list', 'compare', 'change'] },
          order: { type: 'string', enum: ['asc', 'desc'] },
        },
        required: ['topic'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'guide',
      description: '查询政府信息公开指南和条例：如何申请、期限、收费、救济途径、年报时限等。',
      parameters: { type: 'object', properties: { question: { type: 'string' } }, required: ['question'] },
    },
  },
];

let systemPrompt: string | undefined;

/** The system prompt, from prompts/answer.md (front matter removed), read once. */
export function loadAnswerPrompt(): string {
  systemPrompt ??= readFileSync(`${projectRoot()}/prompts/answer.md`, 'utf8').replace(/^---[\s\S]*?---\s*/, '').trim();
  return systemPrompt;
}

/** Numbers written in a text (digits only; the model is told to write digits). */
export function numbersIn(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((match) => String(Number(match[0])));
}

export class LlmAnswerer {
  private readonly client: OpenAI;

  constructor(private readonly options: LlmOptions, private readonly engine: QaEngine) {
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
    const toolTexts: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const completion = await this.client.chat.completions.create({ model: this.options.model, messages, tools: TOOLS, tool_choice: 'auto', temperature: 0 }, { signal });
      const choice = completion.choices?.[0]?.message;
      if (!choice) return null;
      const calls = choice.tool_calls ?? [];
      if (calls.length === 0) {
        const reply = (choice.content ?? '').trim();
        if (!reply || results.length === 0) return null;
        return this.verified(reply, results, toolTexts);
      }
      messages.push({ role: 'assistant', content: choice.content ?? null, tool_calls: calls });
      for (const call of calls) {
        const output = call.type === 'function' ? this.runTool(call.function.name, call.function.arguments, results) : '不支持的工具';
        toolTexts.push(output);
        messages.push({ role: 'tool', tool_call_id: call.id, content: output });
      }
    }
    return null;
  }

  private runTool(name: string, rawArguments: string, results: Answer[]): string {
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(rawArguments || '{}');
    } catch {
      return '参数不是合法的JSON';
    }
    if (name === 'lookup') {
      const parsed = LookupArgumentsSchema.safeParse(parsedJson);
      if (!parsed.success) return `参数有误：${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('；')}`;
      const answer = this.engine.lookup(parsed.data);
      results.push(answer);
      return JSON.stringify({ kind: answer.kind, answer: answer.answer, facts: answer.facts });
    }
    if (name === 'guide') {
      const parsed = GuideArgumentsSchema.safeParse(parsedJson);
      if (!parsed.success) return '参数有误：需要 question';
      const found = this.options.guide(parsed.data.question);
      const answer: Answer = found ? { kind: 'guide', answer: found.answer, facts: [] } : { kind: 'refusal', answer: '指南中没有相关内容', facts: [] };
      results.push(answer);
      return answer.answer;
    }
    return `没有工具 ${name}`;
  }

  /** Accept the model's reply only if every number in it came from a tool result. */
  private verified(reply: string, results: Answer[], toolTexts: string[]): Answer | null {
    const allowed = new Set(toolTexts.flatMap(numbersIn));
    for (const result of results) for (const fact of result.facts) allowed.add(String(fact.value));
    const invented = numbersIn(reply).filter((number) => !allowed.has(number));
    if (invented.length > 0) {
      this.options.logger.warn({ event: 'llm_invented_number', numbers: invented }, 'LLM reply has numbers no tool returned; offline answer used');
      return null;
    }
    const kinds = results.map((result) => result.kind);
    const kind = kinds.includes('figure') ? 'figure' : kinds.includes('guide') ? 'guide' : kinds.includes('text') ? 'text' : kinds[0] ?? 'refusal';
    return { kind, answer: reply, facts: results.flatMap((result) => result.facts) };
  }
}
