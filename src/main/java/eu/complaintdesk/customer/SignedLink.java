package eu.complaintdesk.customer;

import java.time.Instant;

/**
 * What a verified token says: the complaint it belongs to, what it allows, until when, and its own
 * id (the key under which a once-only answer is recorded).
 */
record SignedLink(String id, LinkPurpose purpose, String reference, Instant expiresAt) {
}
