-- Awareness (issue 5): the people a structure's phishing simulations and e-learning
-- are sent to, in groups. A recipient carries a random pseudonym that stands for the
-- person in pseudonymous results; archived rows stay for the history of past
-- campaigns and are left out of new ones.

CREATE TABLE awareness_groups (
  id TEXT PRIMARY KEY,
  structure_id TEXT NOT NULL REFERENCES structures(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  archived_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (structure_id, name)
);

CREATE TABLE awareness_recipients (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES awareness_groups(id),
  structure_id TEXT NOT NULL REFERENCES structures(id),
  email TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  site TEXT NOT NULL,
  department TEXT NOT NULL,
  job_family TEXT NOT NULL,
  pseudonym TEXT NOT NULL,
  archived_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (group_id, email)
);
CREATE INDEX awareness_recipients_group ON awareness_recipients(group_id, archived_at, last_name, first_name);
