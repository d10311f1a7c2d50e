-- Awareness (issue 5): phishing templates a resource centre writes for the structures it
-- accompanies, in the same TOML format as data/awareness/templates (validated by the
-- same loader before they are stored). Ids are unique across the instance and never
-- those of the embedded templates.

CREATE TABLE awareness_custom_templates (
  id TEXT PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions(id),
  toml TEXT NOT NULL,
  title TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX awareness_custom_templates_region ON awareness_custom_templates(region_id, title);
