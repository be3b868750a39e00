package eu.complaintdesk.customer;

import java.time.Instant;

/**
 * What a verified token says: the complaint it belongs to, what it allows, until when, its own id
 * (the key under which a once-only answer is recorded) and the numbered request it answers (an
 * information link: the complaint's {@code informationRequestNumber}), 0 when it is bound to none.
 */
record SignedLink(String id, LinkPurpose purpose, String reference, Instant expiresAt, int request) {
}
