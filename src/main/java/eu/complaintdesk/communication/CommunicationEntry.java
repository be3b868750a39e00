package eu.complaintdesk.communication;

import java.time.Instant;

/**
 * One line of a complaint's communication log: a mail we sent or an answer we received.
 *
 * @param at          when, by the engine's clock
 * @param direction   sent by us or received from the customer
 * @param kind        the mail kind ({@code acknowledgement}, {@code staff-notice}) or the message of
 *                    the answer ({@code CustomerFeedbackReceived})
 * @param counterpart to whom (the addresses of a mail) or from whom (the customer's address)
 * @param subject     the mail's subject, or the answer in short
 * @param language    the language written ({@code sl}), when known
 * @param messageId   the mail's Message-ID ({@code <CMP-2026-000123.survey.1@...>}); null for an
 *                    answer that came by link or phone
 * @param channel     how it went or came: {@code email}, {@code link}, {@code phone}
 * @param recordedBy  the user who recorded an answer given by phone; null otherwise
 */
public record CommunicationEntry(long id, String reference, Instant at, Direction direction, String kind,
    String counterpart, String subject, String language, String messageId, String channel, String recordedBy) {

  /** Which way it went. */
  public enum Direction {
    /** A mail we sent (to the customer or to staff). */
    SENT,
    /** An answer the customer gave. */
    RECEIVED
  }

  /** The kind of a notice to staff, which has no mail kind of its own. */
  public static final String KIND_STAFF_NOTICE = "staff-notice";
}
