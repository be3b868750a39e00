package eu.complaintdesk.communication;

import eu.complaintdesk.complaint.FinalResponseProperties;
import java.util.Map;

/**
 * Where a customer who is not satisfied may turn, as the mails that say so show it: the dispute
 * resolution body, its address and the time limit, all from {@code complaint-desk.final-response}.
 */
final class ReferralRights {

  private ReferralRights() {
  }

  /** The template values {@code adrBody}, {@code adrUrl} and {@code referralTimeLimitMonths}. */
  static Map<String, Object> of(FinalResponseProperties properties) {
    return Map.of("adrBody", properties.adrBody(), "adrUrl", properties.adrUrl(),
        "referralTimeLimitMonths", properties.referralTimeLimitMonths());
  }
}
