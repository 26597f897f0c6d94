import { describe } from "vitest";
import { differentialTest } from "../support/differential.js";

describe("differential: ajv (JSON Schema) vs zod", () => differentialTest("monthly-media-report"));
