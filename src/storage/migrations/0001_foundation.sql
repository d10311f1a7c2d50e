-- Foundation: tenancy, accounts, sessions, tokens, audit, throttling, jobs, mail.
-- Portable SQL for SQLite and PostgreSQL: TEXT ids made by the application, BIGINT
-- UTC seconds, INTEGER 0/1 booleans.

CREATE TABLE regions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  crrc_name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions(id),
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX organizations_region ON organizations(region_id);

CREATE TABLE structures (
  id TEXT PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions(id),
  organization_id TEXT REFERENCES organizations(id),
  name TEXT NOT NULL,
  finess TEXT NOT NULL UNIQUE,
  category_code TEXT NOT NULL,
  capacity BIGINT NOT NULL,
  staff_count BIGINT NOT NULL,
  workstation_count BIGINT NOT NULL,
  it_organisation TEXT NOT NULL,
  it_provider_name TEXT NOT NULL,
  department TEXT NOT NULL,
  ehealth_group_member INTEGER NOT NULL,
  access_mode TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX structures_region ON structures(region_id);

CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  structure_id TEXT NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX sites_structure ON sites(structure_id);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  region_id TEXT REFERENCES regions(id),
  structure_id TEXT REFERENCES structures(id),
  password_hash TEXT NOT NULL,
  totp_secret_sealed TEXT,
  totp_last_step BIGINT NOT NULL,
  mfa_enabled INTEGER NOT NULL,
  disabled INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX users_region ON users(region_id);
CREATE INDEX users_structure ON users(structure_id);

CREATE TABLE recovery_codes (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at BIGINT,
  PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  mfa_verified INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE invitations (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  region_id TEXT REFERENCES regions(id),
  structure_id TEXT REFERENCES structures(id),
  secret_hash TEXT NOT NULL,
  invited_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  accepted_at BIGINT
);

CREATE TABLE password_resets (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);

CREATE TABLE audit_events (
  id TEXT PRIMARY KEY,
  occurred_at BIGINT NOT NULL,
  actor_user_id TEXT,
  actor_label TEXT NOT NULL,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  region_id TEXT,
  structure_id TEXT,
  details TEXT NOT NULL
);
CREATE INDEX audit_events_time ON audit_events(occurred_at);
CREATE INDEX audit_events_region ON audit_events(region_id, occurred_at);

CREATE TABLE login_attempts (
  throttle_key TEXT NOT NULL,
  attempted_at BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts(throttle_key, attempted_at);

CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  status TEXT NOT NULL,
  run_at BIGINT NOT NULL,
  attempts BIGINT NOT NULL,
  max_attempts BIGINT NOT NULL,
  locked_until BIGINT,
  locked_by TEXT,
  last_error TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX jobs_ready ON jobs(status, run_at);

CREATE TABLE mail_outbox (
  id TEXT PRIMARY KEY,
  to_address TEXT NOT NULL,
  to_name TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts BIGINT NOT NULL,
  last_error TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX mail_outbox_status ON mail_outbox(status, created_at);
