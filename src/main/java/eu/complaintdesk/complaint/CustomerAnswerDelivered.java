package eu.complaintdesk.complaint;

import java.util.Map;

/**
 * Published by {@link CustomerAnswerDoor} once an answer reached the process, in the transaction
 * of the correlation, so that a listener's record (the communication log) stands or falls with it.
 * An event rather than a call, so that this room does not depend on the rooms that keep records.
 *
 * @param reference     the complaint
 * @param message       the message delivered, e.g. {@code CustomerFeedbackReceived}
 * @param answer        the answer's variables
 * @param via           the channel it came by ({@code link}, {@code phone}, {@code email})
 * @param recordedBy    the user who recorded it (an agent for a call); null when the customer did
 * @param customerEmail the complaint's customer address, who gave the answer
 * @param language      the complaint's language
 */
public record CustomerAnswerDelivered(String reference, String message, Map<String, Object> answer, String via,
    String recordedBy, String customerEmail, String language) {
}
