-- How a structure's simulation e-mails leave (awareness, issue 5): SMTP relay,
-- envelope sender, allow-list header, rate limit, sending window and spread. The relay
-- password is sealed with the instance's secret key (SecretBox), never stored clear.

CREATE TABLE sending_profiles (
  id TEXT PRIMARY KEY,
  structure_id TEXT NOT NULL REFERENCES structures(id),
  region_id TEXT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  host TEXT NOT NULL,
  port BIGINT NOT NULL,
  security TEXT NOT NULL,
  username TEXT NOT NULL,
  password_sealed TEXT NOT NULL,
  envelope_from TEXT NOT NULL,
  header_name TEXT NOT NULL,
  header_value TEXT NOT NULL,
  rate_per_minute BIGINT NOT NULL,
  window_start BIGINT NOT NULL,
  window_end BIGINT NOT NULL,
  days TEXT NOT NULL,
  spread_days BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (structure_id, name)
);
