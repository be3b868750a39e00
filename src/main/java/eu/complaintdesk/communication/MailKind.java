package eu.complaintdesk.communication;

/**
 * The kinds of mail a customer receives while a complaint is handled. Each names its templates
 * ({@code templates/mail/<name>.html} and {@code .txt}) and the message keys of its texts
 * ({@code mail.<name>.*} in {@code mail/messages.properties}); the names are spelt out rather than
 * derived so that whoever edits a template finds its kind by searching for the file name.
 */
public enum MailKind {

  /** Thanks the customer, confirms receipt and gives the response deadlines (steps 1 and 6). */
  ACKNOWLEDGEMENT("acknowledgement"),
  /** A sincere apology, whoever was at fault (step 7). */
  APOLOGY("apology"),
  /** Asks the customer for what we still need; the deadline waits meanwhile. */
  INFORMATION_REQUEST("information-request"),
  /** The solutions we offer, for the customer to choose from (steps 8 and 9). */
  SOLUTION_OPTIONS("solution-options"),
  /** What we promised and by when (step 10). */
  PROMISE_CONFIRMATION("promise-confirmation"),
  /** A promise was broken: an apology, the promise and its new date (step 10). */
  NEW_PROMISE_DATE("new-promise-date"),
  /** Not finished yet: why, the final response limit and the customer's right to escalate. */
  HOLDING_REPLY("holding-reply"),
  /** Thanks the customer again and asks how we did (step 11). */
  SURVEY("survey"),
  /** The final response: what we found, what we did and, unless upheld, the referral rights. */
  FINAL_RESPONSE("final-response"),
  /** Resolved within three business days: what we did, in short, and where to turn. */
  SUMMARY_RESOLUTION("summary-resolution"),
  /** The final-response limit has passed: the customer may refer the complaint now. */
  REFERRAL_RIGHTS("referral-rights"),
  /** The complaint is closed for lack of reply. */
  CLOSING("closing"),
  /** Confirms that the customer withdrew the complaint. */
  WITHDRAWAL_CONFIRMATION("withdrawal-confirmation");

  private final String templateName;

  MailKind(String templateName) {
    this.templateName = templateName;
  }

  /** The kebab-case name of the templates and message keys, e.g. {@code information-request}. */
  public String templateName() {
    return templateName;
  }
}
