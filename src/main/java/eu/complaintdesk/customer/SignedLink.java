package eu.complaintdesk.customer;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * What a verified token says: the complaint it belongs to, what it allows, until when, its own id
 * (the key under which a once-only answer is recorded) and the numbered request it answers (an
 * information link: the complaint's {@code informationRequestNumber}; a choice link: its
 * {@code choiceRound}), 0 when it is bound to none.
 */
record SignedLink(String id, LinkPurpose purpose, String reference, Instant expiresAt, int request) {

  /**
   * Whether the complaint waits for the answer to another request than the one this link came
   * with ({@code waitingFor}, empty when it waits for none: then the page says so itself). The
   * information and the choice page ask it alike.
   */
  boolean isReplaced(OptionalInt waitingFor) {
    return waitingFor.isPresent() && waitingFor.getAsInt() != request;
  }
}
