package eu.complaintdesk.inbox;

/**
 * A file attached to an inbound mail, as the MIME part gave it: storing and checking it is the
 * attachments' own feature (the customer pages' checks), not the inbox's.
 */
record Attachment(String fileName, byte[] content) {
}
