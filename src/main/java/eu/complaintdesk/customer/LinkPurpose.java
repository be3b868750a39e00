package eu.complaintdesk.customer;

import java.util.Locale;

/**
 * What a signed link lets its holder do. The purpose is signed into the token, so a status link
 * forwarded to a relative can never be turned into a withdrawal by editing the URL.
 */
enum LinkPurpose {
  /** Answer the satisfaction survey: once. */
  FEEDBACK(true),
  /** Withdraw the complaint: once. */
  WITHDRAW(true),
  /** Ask to reopen the complaint after our final response, with a reason: once. */
  REOPEN(true),
  /** Send the information we asked for, with attachments: once per request (a new request, a new link). */
  INFORMATION(true),
  /** Choose one of the offered solutions, or say that none suits: once per offer. */
  CHOICE(true),
  /** Read where the complaint stands: as often as the customer likes, until it expires. */
  STATUS(false);

  private final boolean once;

  LinkPurpose(boolean once) {
    this.once = once;
  }

  /** Whether an answer through such a link is accepted only once. */
  boolean once() {
    return once;
  }

  /** The word in the token and the URL, e.g. {@code feedback}. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The purpose a token names, or null for a word we never sign. */
  static LinkPurpose fromWord(String word) {
    for (LinkPurpose purpose : values()) {
      if (purpose.word().equals(word)) {
        return purpose;
      }
    }
    return null;
  }
}
