/**
 * The zod schemas of the HTTP API's answers: the single source of the OpenAPI document's components
 * (`z.toJSONSchema`) and of the types the handler writes. Report payloads keep the JSON Schemas of
 * `@cchc/reports`.
 */
import { CONFIDENCE_LEVELS } from "@cchc/core";
import { strictJsonMessages, type StrictJsonCode } from "@cchc/core/json";
import { z } from "zod";
import { BOARD_STATUSES } from "../cycle/board.js";

function build() {
  const apiRegistry = z.registry<{ id: string; description?: string }>();

  const label = z.object({ vi: z.string(), en: z.string() }).meta({ description: "A text in Vietnamese and English." });
  const instant = z.string().meta({ description: "An instant in Vietnam's time, ISO 8601 with +07:00.", examples: ["2026-03-06T09:30:00.000+07:00"] });
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const citation = z.looseObject({ title: z.string().optional(), document: z.string().optional(), clause: z.string().optional(), confidence: z.string().optional() });

  const timelinessSchema = z
    .union([
      z.object({
        status: z.enum(["on-time", "ambiguous", "late"]),
        obligationId: z.string(),
        submittedOn: isoDate,
        due: isoDate,
        earliestSafe: isoDate,
        latestSafe: isoDate,
        onTimeUnderDefault: z.boolean(),
        daysLate: z.int().min(0),
        confidence: z.enum(CONFIDENCE_LEVELS).meta({ description: "How sure the obligation's rule is; UNCONFIRMED for the agencies' date, which the explanation then names as unconfirmed." }),
        explanation: label,
        citations: z.array(citation),
      }),
      z.object({ status: z.literal("no-deadline"), explanation: label }),
    ])
    .register(apiRegistry, { id: "Timeliness", description: "Timeliness judged at receipt." });

  const receiptShape = {
    id: z.string().meta({ description: "The report's id within its schema: <unit>@<period>.", examples: ["bao-ptth-bac-ninh@2026-02"] }),
    schema: z.enum(["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]),
    revision: z.int().min(1),
    receivedAt: instant,
    unit: z.string(),
    period: z.string(),
    submittedBy: z.string(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    timeliness: timelinessSchema,
  };

  const receiptSchema = z.object(receiptShape).register(apiRegistry, { id: "Receipt", description: "The receipt of a revision." });
  const receiptListSchema = z.array(receiptSchema).register(apiRegistry, { id: "ReceiptList" });
  const storedReportSchema = z
    .object({ ...receiptShape, report: z.record(z.string(), z.unknown()).meta({ description: "The report, valid against its schema." }) })
    .register(apiRegistry, { id: "StoredReport" });

  /** What a board cell and a reminder share: which obligation, period and unit, and the due date. */
  const dueShape = {
    obligationId: z.string(),
    schema: z.string(),
    period: z.string(),
    periodLabel: label,
    unit: z.string(),
    unitName: label,
    due: isoDate,
  };

  const boardCell = z.object({
    ...dueShape,
    earliestSafe: isoDate,
    latestSafe: isoDate,
    status: z.enum(BOARD_STATUSES),
    reportId: z.string().nullable(),
    receivedAt: instant.nullable(),
    explanation: label.nullable().meta({ description: "The receipt's sentence on its timeliness (first revision); null when not received." }),
  });
  const boardDeadline = z
    .object({
      obligationId: z.string(),
      schema: z.string(),
      what: label,
      period: z.string(),
      periodLabel: label,
      due: isoDate,
      earliestSafe: isoDate,
      latestSafe: isoDate,
      steps: z.array(label),
      citations: z.array(citation),
      estimated: z.boolean(),
    })
    .meta({ description: "How the due date of one obligation and period was computed: steps and sources with their confidence." });
  const statusBoardSchema = z
    .object({
      year: z.int(),
      at: instant,
      cells: z.array(boardCell),
      deadlines: z.array(boardDeadline),
      counts: z.object(Object.fromEntries(BOARD_STATUSES.map((s) => [s, z.int().min(0)]))),
    })
    .register(apiRegistry, { id: "StatusBoard" });

  const remindersSchema = z
    .object({
      at: instant,
      days: z.int().min(0),
      reminders: z.array(
        z.object({
          ...dueShape,
          status: z.enum(["due-soon", "overdue"]),
          workingDaysLeft: z.int().min(0),
          workingDaysLate: z.int().min(0),
          text: label,
        }),
      ),
    })
    .register(apiRegistry, { id: "Reminders" });

  const synthesisResponseSchema = z
    .object({
      period: z.string(),
      synthesis: z.record(z.string(), z.unknown()).meta({ description: "A synthesis-report, valid against its JSON Schema (@cchc/reports)." }),
      provenance: z.array(
        z.object({
          source: z.int().min(0),
          schema: z.enum(["monthly-media-report", "agency-communication-report"]),
          id: z.string(),
          revision: z.int().min(1),
          contentHash: z.string(),
          receivedAt: instant,
        }),
      ),
    })
    .register(apiRegistry, { id: "PeriodSynthesis" });

  const difficultyEntry = z
    .object({
      id: z.string(),
      unit: z.string(),
      period: z.string(),
      revision: z.int().min(1),
      receivedAt: instant,
      resolution: z.object({ resolvedAt: instant, resolvedBy: z.string(), note: z.string().nullable() }).nullable(),
      report: z.record(z.string(), z.unknown()),
    })
    .register(apiRegistry, { id: "DifficultyEntry" });
  const difficultyEntrySchema = difficultyEntry;

  const count = z.number().min(0);
  const mediaFigures = {
    reports: z.int().min(0),
    newsItems: count,
    articles: count,
    airtimeMinutes: count,
    byChannel: z.array(z.object({ channel: z.string(), items: count, airtimeMinutes: count })),
    byTopic: z.array(z.object({ topic: z.string(), reports: z.int().min(0), items: count })),
    byForm: z.array(z.object({ form: z.string(), count })),
    sources: z.array(z.object({ id: z.string(), unit: z.string(), revision: z.int().min(1), receivedAt: instant })),
  };
  const mediaTrendsSchema = z
    .object({
      year: z.int(),
      months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), ...mediaFigures })).length(12),
      total: z.object(mediaFigures),
    })
    .register(apiRegistry, { id: "MediaTrends", description: "The monthly media reports' figures per month and for the year, added up as the synthesis does." });

  const indicatorScore = z.object({
    id: z.string(),
    name: label,
    component: z.looseObject({ id: z.string(), name: label }).nullable(),
    value: z.number().nullable(),
    unit: z.literal("%"),
    formula: label,
    inputs: z.array(z.object({ path: z.string(), name: label, value: z.number().nullable() })),
    points: z.object({ value: z.number(), max: z.number(), confidence: z.string() }).nullable(),
    citation,
    confidence: z.string(),
    hardCoded: z.boolean(),
    explanation: label,
  });
  const procedureIndicatorsSchema = z
    .object({
      year: z.int(),
      reports: z.array(
        z.object({
          id: z.string(),
          unit: z.string(),
          unitName: label,
          period: z.string(),
          periodLabel: label,
          revision: z.int().min(1),
          receivedAt: instant,
          statistics: z.record(z.string(), z.unknown()).meta({ description: "The procedure-statistics report, valid against its JSON Schema (@cchc/reports)." }),
          indicators: z.array(indicatorScore),
          rates: z.array(indicatorScore),
        }),
      ),
    })
    .register(apiRegistry, { id: "ProcedureIndicators", description: "Each procedure-statistics report of the year with its QĐ 766 indicators and rates, explained, with their confidence." });

  const nullableText = z.string().nullable();
  const difficultiesSchema = z
    .object({
      at: instant,
      openOnly: z.boolean(),
      reports: z.array(difficultyEntry),
      compiled: z.array(
        z.object({
          unit: z.string(),
          reportId: z.string(),
          revision: z.int().min(1),
          title: z.string(),
          description: z.string(),
          proposal: nullableText,
          topic: nullableText,
          channel: nullableText,
          since: nullableText,
          decisionBy: nullableText,
        }),
      ),
    })
    .register(apiRegistry, { id: "Difficulties" });

  const resolutionRequestSchema = z.object({ note: z.string().min(1).max(4000).optional() }).strict().register(apiRegistry, { id: "ResolutionRequest" });

  const errorSchema = z
    .object({
      error: z.object({
        code: z.string(),
        message: z.string(),
        issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
      }),
    })
    .register(apiRegistry, { id: "Error", description: "An error, its message in the negotiated language." });

  const bodyRefusalSchema = z
    .object({
      error: z.object({
        code: z.enum(["http.invalid_encoding", "http.invalid_json", "http.invalid_ijson"]),
        message: z.string(),
        issues: z
          .array(
            z.object({
              path: z.string().meta({ description: "JSON Pointer of the value concerned (of its object, for a member name); empty for the whole body." }),
              code: z.enum(Object.keys(strictJsonMessages.vi) as [StrictJsonCode, ...StrictJsonCode[]]),
              message: z.string().meta({ description: "The decoder's message in the negotiated language, naming the byte offset." }),
              offset: z.int().min(0).meta({ description: "Byte offset in the request body (a leading BOM counted)." }),
            }),
          )
          .length(1)
          .optional()
          .meta({ description: "The strict JSON decoder's refusal (absent only for a body the client cut short)." }),
      }),
    })
    .register(apiRegistry, {
      id: "BodyRefusal",
      description:
        "A body refused by the strict I-JSON decoder (`parseStrictJson` of @cchc/core, RFC 7493): not UTF-8, not JSON, or JSON with duplicate member names, lone surrogates, noncharacters or control characters (U+0000 included), raw or escaped. Nothing was stored.",
    });

  return {
    registry: apiRegistry,
    timeliness: timelinessSchema,
    receipt: receiptSchema,
    receiptList: receiptListSchema,
    storedReport: storedReportSchema,
    statusBoard: statusBoardSchema,
    reminders: remindersSchema,
    synthesis: synthesisResponseSchema,
    mediaTrends: mediaTrendsSchema,
    procedureIndicators: procedureIndicatorsSchema,
    difficultyEntry: difficultyEntrySchema,
    difficulties: difficultiesSchema,
    resolutionRequest: resolutionRequestSchema,
    error: errorSchema,
    bodyRefusal: bodyRefusalSchema,
  };
}

let built: ReturnType<typeof build> | undefined;

/** The API's schemas, built on first use (no work at import time), registered by id in their own registry. */
export function apiSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}
