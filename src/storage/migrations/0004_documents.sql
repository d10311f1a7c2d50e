-- Deliverables generated from a diagnostic (full report, synthesis, tracker): the
-- bytes (base64url text, portable across both engines), their SHA-256, and the
-- fingerprint of what they were made from, so a document is regenerated only when
-- the diagnostic, the plan or the renderer changed.

CREATE TABLE diagnostic_documents (
  diagnostic_id TEXT NOT NULL REFERENCES diagnostics(id),
  kind TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  byte_size BIGINT NOT NULL,
  content TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (diagnostic_id, kind)
);
