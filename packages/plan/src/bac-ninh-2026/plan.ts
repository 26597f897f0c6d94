import type { Plan } from "../model/plan.js";
import { actors } from "./actors.js";
import { bacNinhAdminUnits } from "./admin-units.js";
import { channels } from "./channels.js";
import { bacNinh2026Clauses } from "./clauses.js";
import { bacNinh2026Funding } from "./funding.js";
import { performanceIndices } from "./indices.js";
import { bacNinh2026LegalBases } from "./legal-bases.js";
import { bacNinh2026Metadata } from "./metadata.js";
import { bacNinh2026Reporting } from "./reporting.js";
import { bacNinh2026Responsibilities } from "./responsibilities.js";
import { bacNinh2026Purposes, bacNinh2026Requirements } from "./statements.js";
import { topics } from "./topics.js";

let plan: Plan | undefined;

/**
 * The Bắc Ninh 2026 plan as one {@link Plan} value: every clause of the source text encoded as data
 * (metadata, legal bases, purposes and requirements, topics, channels, actors, indices, funding,
 * responsibilities, reporting edges) plus the province's 99 communes and wards. Built on first call and
 * cached; treat it as read-only.
 *
 * @returns The plan.
 * @example
 * ```ts
 * import { bacNinh2026Plan } from "@cchc/plan";
 *
 * const plan = bacNinh2026Plan();
 * plan.metadata.signature.signerName; // => "Mai Sơn"
 * plan.responsibilities.length; // => 23
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export function bacNinh2026Plan(): Plan {
  plan ??= {
    id: "bac-ninh-2026",
    metadata: bacNinh2026Metadata,
    clauses: [...bacNinh2026Clauses],
    legalBases: [...bacNinh2026LegalBases],
    purposes: [...bacNinh2026Purposes],
    requirements: [...bacNinh2026Requirements],
    topics: [...topics],
    channels: [...channels],
    actors: [...actors],
    indices: [...performanceIndices],
    funding: [...bacNinh2026Funding],
    responsibilities: [...bacNinh2026Responsibilities],
    reporting: [...bacNinh2026Reporting],
    adminUnits: bacNinhAdminUnits(),
  };
  return plan;
}
