-- The action plan of a structure: one item per measure and source (a diagnostic now;
-- technical diagnostics and exercises later), with its follow-up and the history of
-- every change.

CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  structure_id TEXT NOT NULL REFERENCES structures(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  source TEXT NOT NULL,
  source_id TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  priority BIGINT NOT NULL,
  plan_rank BIGINT NOT NULL,
  horizon TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL,
  abandon_reason TEXT NOT NULL,
  progress BIGINT NOT NULL,
  comment TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  revision BIGINT NOT NULL,
  UNIQUE (structure_id, source, source_id, measure_id)
);
CREATE INDEX action_items_structure ON action_items(structure_id, plan_rank);

CREATE TABLE action_item_history (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
  changed_at BIGINT NOT NULL,
  changed_by TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL
);
CREATE INDEX action_item_history_item ON action_item_history(item_id, changed_at);
