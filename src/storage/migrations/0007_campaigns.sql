-- Awareness (issue 5): phishing-simulation campaigns, one row per person targeted, the
-- tracking events, and each structure's privacy settings.
--
-- A campaign belongs to one structure. An operated launch for several structures
-- creates one campaign per structure sharing a wave_id ('' when launched alone).
--
-- awareness_targets is both the send queue and the per-person tally. Its send_state
-- moves pending -> sending (claimed, committed before any SMTP traffic) -> sent |
-- failed; a 'sending' row whose claim lease ran out (the process died mid-send) becomes
-- 'uncertain' and waits for a person's decision: never sent twice, never silently
-- skipped. The site, department and group are copied at launch so that results stay
-- stable when people move, and survive the retention purge, which erases recipient_id,
-- pseudonym and token_hash and deletes the individual events.

CREATE TABLE awareness_campaigns (
  id TEXT PRIMARY KEY,
  region_id TEXT NOT NULL REFERENCES regions(id),
  structure_id TEXT NOT NULL REFERENCES structures(id),
  wave_id TEXT NOT NULL,
  mode TEXT NOT NULL,
  name TEXT NOT NULL,
  template_id TEXT NOT NULL,
  sending_profile_id TEXT NOT NULL REFERENCES sending_profiles(id),
  group_ids TEXT NOT NULL,
  status TEXT NOT NULL,
  scheduled_at BIGINT NOT NULL,
  started_at BIGINT NOT NULL,
  completed_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  approved_at BIGINT NOT NULL,
  target_count BIGINT NOT NULL,
  revision BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX awareness_campaigns_structure ON awareness_campaigns(structure_id, created_at);
CREATE INDEX awareness_campaigns_status ON awareness_campaigns(status, scheduled_at);

CREATE TABLE awareness_targets (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES awareness_campaigns(id),
  recipient_id TEXT,
  pseudonym TEXT NOT NULL,
  token_hash TEXT,
  group_id TEXT NOT NULL,
  site TEXT NOT NULL,
  department TEXT NOT NULL,
  job_family TEXT NOT NULL,
  send_state TEXT NOT NULL,
  planned_at BIGINT NOT NULL,
  claimed_at BIGINT NOT NULL,
  claim_owner TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  attempts BIGINT NOT NULL,
  last_error TEXT NOT NULL,
  opened_first BIGINT NOT NULL,
  opened_last BIGINT NOT NULL,
  open_count BIGINT NOT NULL,
  clicked_first BIGINT NOT NULL,
  clicked_last BIGINT NOT NULL,
  click_count BIGINT NOT NULL,
  submitted_first BIGINT NOT NULL,
  submitted_last BIGINT NOT NULL,
  submit_count BIGINT NOT NULL,
  reported_first BIGINT NOT NULL,
  reported_last BIGINT NOT NULL,
  report_count BIGINT NOT NULL,
  scanner_count BIGINT NOT NULL,
  purged_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX awareness_targets_token ON awareness_targets(token_hash);
CREATE INDEX awareness_targets_queue ON awareness_targets(campaign_id, send_state, planned_at, id);
CREATE INDEX awareness_targets_recipient ON awareness_targets(recipient_id);
CREATE INDEX awareness_targets_people ON awareness_targets(campaign_id, pseudonym, id);
-- Covers the results' one scan (the funnel by group, site and department), so that it
-- reads the index alone, already in group order: 6 times faster at 100 000 people.
CREATE INDEX awareness_targets_funnel ON awareness_targets(campaign_id, group_id, site, department, send_state,
  open_count, click_count, submit_count, report_count, scanner_count);
-- The people who clicked, for the repeat clickers (the condition is repeated verbatim
-- in the query so that both engines use this partial index).
CREATE INDEX awareness_targets_clicked ON awareness_targets(recipient_id, campaign_id)
  WHERE click_count + submit_count > 0;

-- Individual tracking events (append-only); purged after the structure's retention.
CREATE TABLE awareness_events (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at BIGINT NOT NULL,
  scanner_sign TEXT NOT NULL
);
CREATE INDEX awareness_events_campaign ON awareness_events(campaign_id, at);

-- Per structure: retention of individual results, whether the centre may see them in
-- operated mode, and when the staff information page was published.
CREATE TABLE awareness_settings (
  structure_id TEXT PRIMARY KEY REFERENCES structures(id),
  retention_months BIGINT NOT NULL,
  centre_sees_individuals BIGINT NOT NULL,
  info_published_at BIGINT NOT NULL,
  info_published_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- People of the structure the director explicitly allowed to see individual results.
CREATE TABLE awareness_result_viewers (
  structure_id TEXT NOT NULL REFERENCES structures(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  granted_by TEXT NOT NULL,
  granted_at BIGINT NOT NULL,
  PRIMARY KEY (structure_id, user_id)
);
