/**
 * The zod schemas of the HTTP API's answers: the single source of the OpenAPI document's components
 * (`z.toJSONSchema`) and of the types the handler writes. Report payloads keep the JSON Schemas of
 * `@cchc/reports`.
 */
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
  });
  const statusBoardSchema = z
    .object({ year: z.int(), at: instant, cells: z.array(boardCell), counts: z.object(Object.fromEntries(BOARD_STATUSES.map((s) => [s, z.int().min(0)]))) })
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

  return {
    registry: apiRegistry,
    timeliness: timelinessSchema,
    receipt: receiptSchema,
    receiptList: receiptListSchema,
    storedReport: storedReportSchema,
    statusBoard: statusBoardSchema,
    reminders: remindersSchema,
    synthesis: synthesisResponseSchema,
    difficultyEntry: difficultyEntrySchema,
    difficulties: difficultiesSchema,
    resolutionRequest: resolutionRequestSchema,
    error: errorSchema,
  };
}

let built: ReturnType<typeof build> | undefined;

/** The API's schemas, built on first use (no work at import time), registered by id in their own registry. */
export function apiSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}
