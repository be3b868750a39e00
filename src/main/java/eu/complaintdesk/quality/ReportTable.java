package eu.complaintdesk.quality;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reporting table of the quality figures: one row per complaint, kept up to date in the same
 * transaction as the process events that change it, so that the dashboard reads one narrow table
 * instead of joining the engine's history (which has no index for a period and a breakdown, and
 * grows by dozens of rows per complaint). Created at start-up like our other tables, on H2 and
 * PostgreSQL alike.
 *
 * <p>Columns, and what each one means:
 * <ul>
 *   <li>{@code process_instance_id}, {@code reference}: the complaint (its business key).
 *   <li>{@code received_at}: when it was received ({@code receivedAt}); the period filter counts by it.
 *   <li>{@code channel}, {@code complaint_type}, {@code severity}, {@code customer_tier},
 *       {@code customer_language}: as recorded at the start (an agent may correct type and severity).
 *   <li>{@code agent}, {@code team}: the user who completed the complaint's latest task of a
 *       step whose candidate group is {@code agents} (the task's assignee, else the logged-in user;
 *       the one who resolved it, once resolved), and that user's group of type {@code team} at that
 *       moment (the first by id if several; null if none). Managers' tasks change neither.
 *   <li>{@code status}: {@code open}, {@code closed} (the final response, the summary resolution or
 *       the closing mail for lack of reply went out) or {@code withdrawn} (the customer withdrew,
 *       at any time); {@code closed_at} (when that mail's step ended), {@code withdrawn_at}.
 *   <li>{@code reopen_count}: how often the complaint was reopened (<i>Reopen the complaint</i>
 *       ended; reopened = more than 0). A reopening sets {@code status} back to {@code open} and
 *       clears {@code closed_at}, {@code resolution_hours} and {@code closure_bucket}, which the
 *       next closing sets again.
 *   <li>{@code first_response_at}, {@code first_response_hours}: when <i>Listen to the customer</i>
 *       was completed (the first time), and the business hours from receipt to then.
 *   <li>{@code resolution_hours}: business hours from receipt to {@code closed_at}. All hours are
 *       counted with {@code deadline/BusinessCalendar}, to the hundredth.
 *   <li>{@code first_response_breached}, {@code resolution_breached}, {@code final_response_breached}:
 *       the deadline's breach timer fired; {@code warnings}: SLA warnings that fired (the 75 %
 *       warning, the holding reply); {@code escalations}: tasks escalated to the head of service.
 *   <li>{@code promises_made} (instances of <i>Keep every promise</i>, a reopening's included),
 *       {@code promises_kept_on_time} (kept without its day ever having passed),
 *       {@code promises_broken} (a promise whose day passed before it was kept, counted once however
 *       often it broke).
 *   <li>{@code offer_rounds} (offers sent to the customer, {@code choiceRound}),
 *       {@code options_offered} (in the last offer as the authority check judged it,
 *       {@code judgedOffer}), {@code chosen_option_type}, {@code compensation_amount} (the chosen
 *       option of that offer: its remedy and amount, in the desk's currency; cleared by a new offer),
 *       {@code choice_made_by} ({@code customer}, {@code agent}, {@code default}).
 *   <li>{@code survey_sent} (the survey mail, not its reminder), {@code feedback_score},
 *       {@code feedback_at} (when the score arrived).
 *   <li>{@code outcome} ({@code upheld}, {@code partlyUpheld}, {@code notUpheld}), {@code root_cause}.
 *   <li>{@code closure_bucket}, set at closing: {@code within3BusinessDays} (within
 *       {@code complaint-desk.final-response.summary-resolution-within} of receipt, business time),
 *       {@code within8Weeks} (by the final-response limit as the diagram set it,
 *       {@code finalResponseDue}; a reopening sets a new one) or {@code later};
 *       {@code referral_rights_given}: a mail told the customer their referral rights (<i>Tell the
 *       customer their referral rights</i>, or the final response of a complaint not upheld in full).
 *   <li>{@code review_score} ({@code qualityScore}) and one column per checklist step of the quality
 *       review (1 to 5, {@code ProcessConstants.REVIEW_STEP_SCORES} in snake case),
 *       {@code reviewer} (who completed <i>Review service quality</i>), {@code reviewed_at}.
 *   <li>{@code updated_at}: the engine clock at the last change.
 * </ul>
 *
 * <p>{@code ReportRowsPlugin} keeps the rows; {@code ReportRebuild} gives complaints that predate
 * it theirs from the history at start-up.
 */
@Component
public class ReportTable {

  public static final String TABLE = "complaint_report";

  ReportTable(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
        + " process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY,"
        + " reference VARCHAR(32) NOT NULL UNIQUE,"
        + " received_at TIMESTAMP WITH TIME ZONE NOT NULL,"
        + " channel VARCHAR(16), complaint_type VARCHAR(32), severity VARCHAR(16), customer_tier VARCHAR(16),"
        + " customer_language VARCHAR(8),"
        + " agent VARCHAR(64), team VARCHAR(64),"
        + " status VARCHAR(12) NOT NULL,"
        + " closed_at TIMESTAMP WITH TIME ZONE, withdrawn_at TIMESTAMP WITH TIME ZONE,"
        + " reopen_count INT DEFAULT 0 NOT NULL,"
        + " first_response_at TIMESTAMP WITH TIME ZONE, first_response_hours DOUBLE PRECISION,"
        + " resolution_hours DOUBLE PRECISION,"
        + " first_response_breached BOOLEAN DEFAULT FALSE NOT NULL,"
        + " resolution_breached BOOLEAN DEFAULT FALSE NOT NULL,"
        + " final_response_breached BOOLEAN DEFAULT FALSE NOT NULL,"
        + " warnings INT DEFAULT 0 NOT NULL, escalations INT DEFAULT 0 NOT NULL,"
        + " promises_made INT DEFAULT 0 NOT NULL, promises_kept_on_time INT DEFAULT 0 NOT NULL,"
        + " promises_broken INT DEFAULT 0 NOT NULL,"
        + " offer_rounds INT DEFAULT 0 NOT NULL, options_offered INT DEFAULT 0 NOT NULL,"
        + " chosen_option_type VARCHAR(32), compensation_amount NUMERIC(12, 2), choice_made_by VARCHAR(12),"
        + " survey_sent BOOLEAN DEFAULT FALSE NOT NULL, feedback_score SMALLINT,"
        + " feedback_at TIMESTAMP WITH TIME ZONE,"
        + " outcome VARCHAR(16), root_cause VARCHAR(64),"
        + " closure_bucket VARCHAR(24), referral_rights_given BOOLEAN DEFAULT FALSE NOT NULL,"
        + " review_score SMALLINT, review_acted_quickly SMALLINT, review_listened SMALLINT,"
        + " review_gathered SMALLINT, review_recorded SMALLINT, review_empathy SMALLINT, review_thanked SMALLINT,"
        + " review_apologised SMALLINT, review_offered SMALLINT, review_discussed SMALLINT,"
        + " review_kept_promises SMALLINT, review_asked_feedback SMALLINT,"
        + " reviewer VARCHAR(64), reviewed_at TIMESTAMP WITH TIME ZONE,"
        + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    jdbc.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_received ON " + TABLE + " (received_at)");
  }
}
