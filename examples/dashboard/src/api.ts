/**
 * What the page reads from the intake's HTTP API (same origin), once, on load: the board, the media
 * trends, the procedure indicators and the difficulties. Everything after that (filters, language,
 * explanations) works from this data, without the network. The types are the intake's own.
 */
import type { Difficulties, MediaTrends, ProcedureIndicators, StatusBoard } from "@cchc/intake";

/** Everything the page shows. */
export interface DashboardData {
  readonly board: StatusBoard;
  readonly media: MediaTrends;
  readonly procedures: ProcedureIndicators;
  readonly difficulties: Difficulties;
}

async function read<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(`${path}: ${response.status} ${body?.error?.message ?? response.statusText}`);
  }
  return (await response.json()) as T;
}

/** Loads the year's data (four requests in parallel). */
export async function loadDashboardData(year: number, base = ""): Promise<DashboardData> {
  const [board, media, procedures, difficulties] = await Promise.all([
    read<StatusBoard>(base, `/status/${year}`),
    read<MediaTrends>(base, `/media/${year}`),
    read<ProcedureIndicators>(base, `/indicators/${year}`),
    read<Difficulties>(base, "/difficulties?open=false"),
  ]);
  return { board, media, procedures, difficulties };
}

/** The `reportId` prefix and `notes` opening of the intake-server example's sample reports (see its src/sample-data/marker.ts). */
const SAMPLE_ID = "MAU-";
const SAMPLE_NOTE_START = "DỮ LIỆU MẪU";

/** Whether the data shown comes from sample reports (the intake-server example's seed): then the page says so. */
export function holdsSampleData(data: DashboardData): boolean {
  const reports: unknown[] = [...data.procedures.reports.map((r) => r.statistics), ...data.difficulties.reports.map((r) => r.report)];
  return reports.some((r) => {
    const { reportId, notes } = r as { reportId?: unknown; notes?: unknown };
    return typeof reportId === "string" && reportId.startsWith(SAMPLE_ID) && typeof notes === "string" && notes.startsWith(SAMPLE_NOTE_START);
  });
}
