-- Maturity diagnostics: one per interview of a structure, with the context sheet and
-- the answers. `revision` numbers every saved answer so that two people editing the
-- same diagnostic never overwrite each other silently (issue 3).

CREATE TABLE diagnostics (
  id TEXT PRIMARY KEY,
  structure_id TEXT NOT NULL REFERENCES structures(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  referential_id TEXT NOT NULL,
  referential_version TEXT NOT NULL,
  status TEXT NOT NULL,
  consultant_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  previous_diagnostic_id TEXT REFERENCES diagnostics(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  locked_at BIGINT,
  locked_by TEXT
);
CREATE INDEX diagnostics_structure ON diagnostics(structure_id, created_at);
CREATE INDEX diagnostics_region ON diagnostics(region_id, created_at);

CREATE TABLE diagnostic_context (
  diagnostic_id TEXT NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE,
  context_id TEXT NOT NULL,
  value TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (diagnostic_id, context_id)
);

CREATE TABLE diagnostic_answers (
  diagnostic_id TEXT NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  comment TEXT NOT NULL,
  evidence TEXT NOT NULL,
  revision BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (diagnostic_id, question_id)
);
