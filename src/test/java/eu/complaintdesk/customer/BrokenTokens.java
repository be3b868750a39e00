package eu.complaintdesk.customer;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.mock.env.MockEnvironment;

/** Tokens as they arrive broken: changed by one character, or old. For every page's refusal tests. */
final class BrokenTokens {

  private BrokenTokens() {
  }

  /** The token with one character of its signature changed (not its last: spare base64 bits). */
  static String tampered(String token) {
    char changed = token.charAt(token.length() - 2);
    return token.substring(0, token.length() - 2) + (changed == 'x' ? 'y' : 'x') + token.substring(token.length() - 1);
  }

  /** A well-formed token for the complaint, signed with a secret that is not ours. */
  static String forged(LinkPurpose purpose, String reference) {
    return new LinkTokens(new MockEnvironment().withProperty(LinkTokens.SECRET, "not-the-secret-of-this-desk-but-long-enough"))
        .issue(purpose, reference);
  }

  /** Moves the engine clock past the default validity of 30 days; reset it after the test. */
  static void expireAll() {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
  }
}
