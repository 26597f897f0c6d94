/**
 * Migration 1: reports, their revisions and difficulty resolutions. Append-only by construction:
 * triggers refuse UPDATE, DELETE and TRUNCATE on every table, so that even a mistaken query cannot rewrite
 * history. The report row is the lock that serialises the submissions of one report; the primary key
 * (report, revision) refuses a second revision with the same number.
 */
export const initialMigration = {
  version: 1,
  name: "reports, revisions, difficulty resolutions",
  sql: `
CREATE TABLE intake_report (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  schema_id text NOT NULL,
  unit_id text NOT NULL,
  period text NOT NULL,
  created_at timestamptz NOT NULL,
  CONSTRAINT intake_report_key UNIQUE (schema_id, unit_id, period)
);

CREATE TABLE intake_revision (
  report_id integer NOT NULL REFERENCES intake_report (id),
  revision integer NOT NULL CHECK (revision >= 1),
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  submitted_by text NOT NULL,
  timeliness jsonb NOT NULL,
  PRIMARY KEY (report_id, revision)
);

CREATE INDEX intake_report_period ON intake_report (period, schema_id);

CREATE TABLE intake_difficulty_resolution (
  report_id integer NOT NULL,
  revision integer NOT NULL,
  resolved_at timestamptz NOT NULL,
  resolved_by text NOT NULL,
  note text,
  PRIMARY KEY (report_id, revision),
  FOREIGN KEY (report_id, revision) REFERENCES intake_revision (report_id, revision)
);

CREATE FUNCTION intake_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'intake: % on % is refused: the intake is append-only', TG_OP, TG_TABLE_NAME;
END
$fn$;

CREATE TRIGGER intake_report_append_only BEFORE UPDATE OR DELETE ON intake_report
  FOR EACH ROW EXECUTE FUNCTION intake_refuse_change();
CREATE TRIGGER intake_revision_append_only BEFORE UPDATE OR DELETE ON intake_revision
  FOR EACH ROW EXECUTE FUNCTION intake_refuse_change();
CREATE TRIGGER intake_difficulty_resolution_append_only BEFORE UPDATE OR DELETE ON intake_difficulty_resolution
  FOR EACH ROW EXECUTE FUNCTION intake_refuse_change();
CREATE TRIGGER intake_report_no_truncate BEFORE TRUNCATE ON intake_report
  FOR EACH STATEMENT EXECUTE FUNCTION intake_refuse_change();
CREATE TRIGGER intake_revision_no_truncate BEFORE TRUNCATE ON intake_revision
  FOR EACH STATEMENT EXECUTE FUNCTION intake_refuse_change();
CREATE TRIGGER intake_difficulty_resolution_no_truncate BEFORE TRUNCATE ON intake_difficulty_resolution
  FOR EACH STATEMENT EXECUTE FUNCTION intake_refuse_change();
`,
} as const;
