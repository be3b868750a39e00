-- Realistic complaints in complaint_report (quality/ReportTable), the rows the desk writes for real
-- ones, set-based so that a million take a minute rather than a day. PostgreSQL only. Run in one
-- transaction by ComplaintReportGenerator, or by hand on a database the application has created:
--   PGOPTIONS='-c generator.rows=100000 -c generator.seed=0.42 -c generator.zone=Europe/Ljubljana
--     -c generator.until=2026-12-04T16:00+01' psql -1 -f src/test/resources/quality/complaint-report-generator.sql
--
-- Complaints are received over the two years before generator.until: letters, calls and visits in
-- opening hours on weekdays, mail, web and API at any hour, mostly by day. Everything after receipt
-- is drawn in business hours (9 a day, 5 days a week; holidays are ignored here) and has happened
-- only if its moment lies before generator.until (or before the withdrawal): so the last days hold
-- the open complaints, as on a real desk. Same seed, same until: same rows, written in order of receipt.
--
-- Each step below is a subquery over the one before, fenced with OFFSET 0 so that PostgreSQL computes
-- it once per row instead of copying its expressions into every later use (30 times slower); the
-- just-in-time compiler only adds seconds of compiling to a statement that runs once.
SET LOCAL jit = off;
SELECT setseed(current_setting('generator.seed')::float8);

-- The moment `hours` business hours after `start`: 9 hours a working day, 5 working days a week.
CREATE OR REPLACE FUNCTION pg_temp.after_business_hours(start timestamptz, hours float8)
  RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT start + make_interval(days => (floor(hours / 9) + 2 * floor(hours / 45))::int,
                               secs => (hours - 9 * floor(hours / 9)) * 3600) $$;

-- One of `choices` for a uniform draw u, by the cumulative lower bounds `bounds` (first 0).
CREATE OR REPLACE FUNCTION pg_temp.pick(u float8, choices text[], bounds float8[])
  RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT choices[width_bucket(u, bounds)] $$;

-- A review score from 1 to 5, skewed high; `skill` below 1 makes an agent score better.
CREATE OR REPLACE FUNCTION pg_temp.score(u float8, skill float8)
  RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (6 - width_bucket(power(u, 1 / skill), ARRAY[0, 0.42, 0.78, 0.93, 0.98]::float8[]))::smallint $$;

-- A standard normal draw (Box-Muller).
CREATE OR REPLACE FUNCTION pg_temp.normal() RETURNS float8 LANGUAGE sql VOLATILE AS $$
  SELECT sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) $$;

INSERT INTO complaint_report (process_instance_id, reference, received_at, channel, complaint_type, severity,
    customer_tier, customer_language, agent, team, status, closed_at, withdrawn_at, reopen_count,
    first_response_at, first_response_hours, resolution_hours, first_response_breached, resolution_breached,
    final_response_breached, warnings, escalations, promises_made, promises_kept_on_time, promises_broken,
    offer_rounds, options_offered, chosen_option_type, compensation_amount, choice_made_by, survey_sent,
    feedback_score, feedback_at, outcome, root_cause, closure_bucket, referral_rights_given, review_score,
    review_acted_quickly, review_listened, review_gathered, review_recorded, review_empathy, review_thanked,
    review_apologised, review_offered, review_discussed, review_kept_promises, review_asked_feedback,
    reviewer, reviewed_at, updated_at)
SELECT md5('complaint-report-generator/' || current_setting('generator.seed') || '/' || i)::uuid::text,
    'CMP-' || received_year || '-' || lpad(row_number() OVER (PARTITION BY received_year ORDER BY received_at, i)::text, 6, '0'),
    received_at, channel, complaint_type, severity, customer_tier, customer_language,
    CASE WHEN responded THEN (ARRAY['anna', 'luka', 'maja', 'jure', 'nina', 'matej', 'sara',
        'miha', 'tina', 'rok', 'eva', 'blaz', 'urska', 'gregor', 'petra', 'ziga', 'lara', 'nejc', 'katja',
        'tilen', 'mojca', 'peter', 'maria', 'georgi', 'elena', 'dimitar', 'yana', 'nikolai', 'stoyan',
        'desislava', 'todor', 'ralitsa', 'hristo', 'milena', 'boris', 'james', 'olivia', 'daniel', 'emma',
        'thomas', 'sophie', 'michael'])[agent_no + 1] END,
    CASE WHEN responded THEN (ARRAY['team-ljubljana', 'team-maribor', 'team-koper', 'team-sofia',
        'team-plovdiv', 'team-international'])[agent_no / 7 + 1] END,
    CASE WHEN withdrawn THEN 'withdrawn' WHEN closed THEN 'closed' ELSE 'open' END,
    CASE WHEN closed THEN closes_at END, CASE WHEN withdrawn THEN withdraws_at END,
    CASE WHEN closed THEN reopen_count ELSE 0 END,
    CASE WHEN responded THEN pg_temp.after_business_hours(received_at, first_response_hours) END,
    CASE WHEN responded THEN first_response_hours END,
    CASE WHEN closed THEN resolution_hours END,
    first_response_breached, resolution_breached, final_response_breached,
    (first_response_hours > 0.75 * first_response_sla
        AND pg_temp.after_business_hours(received_at, 0.75 * first_response_sla) <= cut)::int
      + (resolution_hours > 315 AND pg_temp.after_business_hours(received_at, 315) <= cut)::int,
    escalations,
    promises_made, CASE WHEN closed THEN promises_made - promises_broken ELSE 0 END, promises_broken,
    CASE WHEN offered THEN 1 + (u_rounds < 0.08)::int + (u_rounds < 0.01)::int ELSE 0 END,
    CASE WHEN offered THEN 1 + (u_options > 0.25)::int + (u_options > 0.7)::int ELSE 0 END,
    CASE WHEN chosen THEN chosen_option_type END,
    CASE WHEN chosen THEN round((CASE chosen_option_type
        WHEN 'refund' THEN 20 * power(25, u_amount) WHEN 'replacement' THEN 30 * power(30, u_amount)
        WHEN 'discountCoupon' THEN 5 * round(1 + 9 * u_amount) WHEN 'giftCard' THEN 10 * round(1 + 9 * u_amount)
        END)::numeric, 2) END,
    CASE WHEN chosen THEN pg_temp.pick(u_choice, ARRAY['customer', 'agent', 'default'], ARRAY[0, 0.7, 0.9]) END,
    closed,
    CASE WHEN answered THEN feedback_score END, CASE WHEN answered THEN feedback_at END,
    CASE WHEN closed THEN outcome END,
    CASE WHEN closed THEN root_cause END,
    CASE WHEN closed THEN CASE WHEN resolution_hours <= 27 THEN 'within3BusinessDays'
        WHEN resolution_hours <= 360 THEN 'within8Weeks' ELSE 'later' END END,
    final_response_breached OR closed AND resolution_hours > 27 AND outcome <> 'upheld',
    CASE WHEN reviewed THEN round((s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9 + s10 + s11) / 11.0) END,
    CASE WHEN reviewed THEN s1 END, CASE WHEN reviewed THEN s2 END, CASE WHEN reviewed THEN s3 END,
    CASE WHEN reviewed THEN s4 END, CASE WHEN reviewed THEN s5 END, CASE WHEN reviewed THEN s6 END,
    CASE WHEN reviewed THEN s7 END, CASE WHEN reviewed THEN s8 END, CASE WHEN reviewed THEN s9 END,
    CASE WHEN reviewed THEN s10 END, CASE WHEN reviewed THEN s11 END,
    CASE WHEN reviewed THEN (ARRAY['mary', 'marko', 'elena.m'])[1 + floor(u_reviewer * 3)::int] END,
    CASE WHEN reviewed THEN reviewed_at END,
    greatest(received_at, CASE WHEN closed THEN closes_at END, CASE WHEN withdrawn THEN withdraws_at END,
        CASE WHEN answered THEN feedback_at END, CASE WHEN reviewed THEN reviewed_at END)
FROM (
  -- Step 12 reviews every escalated or low-scored complaint and a sample of the others.
  SELECT *,
      reviewed_by_now AND closed AND (escalations > 0 OR feedback_score <= 2 AND answered OR u_review < 0.02) AS reviewed
  FROM (
  -- A breach goes to the managers, and some of those to the head of service.
  SELECT *,
      (first_response_breached AND u_escalate < 0.15)::int + (promises_broken > 0 AND u_escalate > 0.75)::int
        + (final_response_breached AND u_escalate < 0.5)::int AS escalations
  FROM (
  -- What has happened by the cut-off: now, or the withdrawal.
  SELECT *,
      answered_by_now AND closed AS answered,
      first_response_hours > first_response_sla AND pg_temp.after_business_hours(received_at, first_response_sla) <= cut
        AS first_response_breached,
      CASE WHEN chosen THEN least(promises_planned, (u_broken < 0.08)::int + (u_broken < 0.015)::int) ELSE 0 END
        AS promises_broken,
      CASE WHEN chosen THEN promises_planned ELSE 0 END AS promises_made,
      resolution_hours > resolution_sla AND pg_temp.after_business_hours(received_at, resolution_sla) <= cut
        AS resolution_breached,
      resolution_hours > 360 AND pg_temp.after_business_hours(received_at, 360) <= cut AS final_response_breached
  FROM (
    SELECT *,
        pg_temp.after_business_hours(received_at, first_response_hours) <= cut AS responded,
        pg_temp.after_business_hours(received_at, first_response_hours + 0.4 * (resolution_hours - first_response_hours)) <= cut AS offered,
        pg_temp.after_business_hours(received_at, first_response_hours + 0.6 * (resolution_hours - first_response_hours)) <= cut AS chosen,
        NOT withdrawn AND closes_at <= until AS closed,
        closes_at + (0.5 + 4 * u_feedback_delay) * interval '1 day' <= until AS answered_by_now,
        closes_at + (0.5 + 4 * u_feedback_delay) * interval '1 day' AS feedback_at,
        closes_at + (1 + 6 * u_review_delay) * interval '1 day' <= until AS reviewed_by_now,
        closes_at + (1 + 6 * u_review_delay) * interval '1 day' AS reviewed_at
    FROM (
      SELECT *,
          withdraws_at IS NOT NULL AND withdraws_at <= until AS withdrawn,
          CASE WHEN withdraws_at <= until THEN withdraws_at ELSE until END AS cut
      FROM (
        SELECT *,
            pg_temp.after_business_hours(received_at, resolution_hours) AS closes_at,
            CASE WHEN u_withdraw < 0.03 THEN pg_temp.after_business_hours(received_at, resolution_hours * (0.1 + 27 * u_withdraw)) END
              AS withdraws_at,
            extract(year FROM received_at AT TIME ZONE current_setting('generator.zone'))::int AS received_year
        FROM (
          -- Times in business hours: lognormal with long tails, an agent's skill, reopenings.
          SELECT *,
              greatest(first_response_hours + 0.25, round((resolution_sla * skill * exp(-0.65 + 0.6 * z_resolution)
                  * CASE WHEN u_tail < 0.015 THEN 4 + 600 * u_tail ELSE 1 END + 30 * reopen_count)::numeric, 2)::float8)
                AS resolution_hours
          FROM (
            SELECT *,
                round((first_response_sla * skill * exp(-0.9 + 0.7 * z_first_response))::numeric, 2)::float8
                  AS first_response_hours
            FROM (
              -- The triage (processes/complaint-triage.dmn), in business hours.
              SELECT *,
                  CASE severity WHEN 'critical' THEN 1 WHEN 'high' THEN CASE WHEN customer_tier = 'platinum' THEN 1 ELSE 2 END
                      WHEN 'medium' THEN CASE WHEN customer_tier = 'platinum' THEN 2 ELSE 4 END
                      ELSE CASE WHEN customer_tier = 'platinum' THEN 4 ELSE 8 END END AS first_response_sla,
                  CASE WHEN severity = 'critical' OR severity = 'high' AND customer_tier = 'platinum' THEN 18
                      WHEN severity = 'low' AND customer_tier <> 'platinum' AND complaint_type <> 'price' THEN 90
                      ELSE 45 END AS resolution_sla,
                  CASE WHEN u_reopen < 0.004 THEN 2 WHEN u_reopen < 0.04 THEN 1 ELSE 0 END AS reopen_count,
                  CASE WHEN u_feedback < 0.6 THEN 6 - width_bucket(
                      CASE WHEN u_feedback_mood < 0.1 THEN 0.65 + 0.35 * u_score ELSE power(u_score, 1 / skill) END,
                      ARRAY[0, 0.45, 0.75, 0.88, 0.94]::float8[]) END AS feedback_score,
                  pg_temp.score(random(), skill) AS s1, pg_temp.score(random(), skill) AS s2,
                  pg_temp.score(random(), skill) AS s3, pg_temp.score(random(), skill) AS s4,
                  pg_temp.score(random(), skill) AS s5, pg_temp.score(random(), skill) AS s6,
                  pg_temp.score(random(), skill) AS s7, pg_temp.score(random(), skill) AS s8,
                  pg_temp.score(random(), skill) AS s9, pg_temp.score(random(), skill) AS s10,
                  pg_temp.score(random(), skill) AS s11
              FROM (
                -- Who wrote, how, about what, and who took it (a team speaks the customer's language).
                SELECT *,
                    -- Some agents are quicker and better liked than others (0.75 to 1.25, lower is better).
                    0.75 + 0.5 * ((agent_no * 17) % 42) / 41.0 AS skill,
                    CASE WHEN received_raw > until THEN received_raw - interval '7 days' ELSE received_raw END AS received_at
                FROM (
                  SELECT *,
                      CASE customer_language WHEN 'sl' THEN floor(u_agent * 21) WHEN 'bg' THEN 21 + floor(u_agent * 14)
                          ELSE 35 + floor(u_agent * 7) END::int AS agent_no,
                      (CASE WHEN channel IN ('phone', 'letter', 'inPerson')
                          THEN day - CASE WHEN extract(isodow FROM day) > 5  -- to one of the weekdays before it
                              THEN extract(isodow FROM day)::int - 5 + floor(5 * u_night)::int ELSE 0 END
                              + (8 + 9 * (u_hour + u_hour2) / 2) * interval '1 hour'
                          ELSE day + CASE WHEN u_night < 0.85 THEN 7 + 15 * (u_hour + u_hour2) / 2 ELSE 24 * u_hour END
                              * interval '1 hour' END) AT TIME ZONE current_setting('generator.zone') AS received_raw
                  FROM (
                    SELECT i, until,
                        (until AT TIME ZONE current_setting('generator.zone'))::date - floor(random() * 730)::int AS day,
                        pg_temp.pick(random(), ARRAY['email', 'web', 'phone', 'letter', 'inPerson', 'api'],
                            ARRAY[0, 0.35, 0.65, 0.87, 0.92, 0.97]) AS channel,
                        pg_temp.pick(random(), ARRAY['serviceQuality', 'product', 'price', 'other'],
                            ARRAY[0, 0.35, 0.65, 0.85]) AS complaint_type,
                        pg_temp.pick(random(), ARRAY['low', 'medium', 'high', 'critical'],
                            ARRAY[0, 0.3, 0.75, 0.95]) AS severity,
                        pg_temp.pick(random(), ARRAY['standard', 'gold', 'platinum'], ARRAY[0, 0.8, 0.95]) AS customer_tier,
                        pg_temp.pick(random(), ARRAY['sl', 'bg', 'en'], ARRAY[0, 0.55, 0.8]) AS customer_language,
                        pg_temp.pick(random(), ARRAY['refund', 'replacement', 'discountCoupon', 'giftCard',
                            'thankYouLetter', 'explanationOnly'], ARRAY[0, 0.3, 0.5, 0.7, 0.8, 0.88]) AS chosen_option_type,
                        pg_temp.pick(random(), ARRAY['upheld', 'partlyUpheld', 'notUpheld'], ARRAY[0, 0.45, 0.78]) AS outcome,
                        pg_temp.pick(random(), ARRAY['productDefect', 'serviceFailure', 'delivery', 'communication',
                            'billingError', 'policy', 'customerMisunderstanding', 'staffConduct', 'thirdParty', 'other'],
                            ARRAY[0, 0.18, 0.34, 0.48, 0.6, 0.7, 0.78, 0.85, 0.91, 0.97]) AS root_cause,
                        1 + (random() < 0.45)::int + (random() < 0.12)::int AS promises_planned,
                        random() AS u_hour, random() AS u_hour2, random() AS u_night, random() AS u_agent,
                        pg_temp.normal() AS z_first_response, pg_temp.normal() AS z_resolution, random() AS u_tail,
                        random() AS u_reopen, random() AS u_withdraw, random() AS u_escalate, random() AS u_rounds,
                        random() AS u_options, random() AS u_amount, random() AS u_choice, random() AS u_broken,
                        random() AS u_feedback, random() AS u_feedback_mood, random() AS u_score,
                        random() AS u_feedback_delay, random() AS u_review, random() AS u_review_delay,
                        random() AS u_reviewer
                    FROM generate_series(1, current_setting('generator.rows')::int) AS i,
                        (SELECT current_setting('generator.until')::timestamptz AS until) AS parameters
                    OFFSET 0
                  ) AS draws
                  OFFSET 0
                ) AS received
                OFFSET 0
              ) AS assigned
              OFFSET 0
            ) AS triaged
            OFFSET 0
          ) AS first_responses
          OFFSET 0
        ) AS resolutions
        OFFSET 0
      ) AS timed
      OFFSET 0
    ) AS withdrawals
    OFFSET 0
  ) AS happened
    OFFSET 0
  ) AS escalated
    OFFSET 0
  ) AS selected
) AS complaints
-- In the order they arrived, as a desk's rows are written: a period's rows lie together on disk.
ORDER BY received_at, i;
