import { afterAll, beforeAll } from "vitest";
import { createIntake, type Intake, type IntakeOptions } from "@cchc/intake";
import type { TestDatabase } from "./databases.js";

/** Opens intakes on fresh databases of one kind and closes them (and the server) after the file. */
export function intakes(kind: () => TestDatabase): { open(options?: IntakeOptions): Promise<Intake>; database(): TestDatabase } {
  const opened: Intake[] = [];
  let db: TestDatabase;
  beforeAll(() => {
    db = kind();
  });
  afterAll(async () => {
    await Promise.all(opened.map((i) => i.close()));
    await db.stop();
  }, 60_000);
  return {
    async open(options = {}) {
      const intake = await createIntake({ database: await db.fresh(), ...options });
      opened.push(intake);
      return intake;
    },
    database: () => db,
  };
}
