package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class LinkTokensTests {

  private static final String SECRET = "a-test-secret-of-more-than-32-characters";

  private final LinkTokens tokens = tokens(SECRET);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTokenItIssued_isAccepted_forItsPurposeAndComplaint() {
    String token = tokens.issue(LinkPurpose.FEEDBACK, "CMP-2026-000042");

    SignedLink link = tokens.verify(token, LinkPurpose.FEEDBACK);

    assertThat(link.reference()).isEqualTo("CMP-2026-000042");
    assertThat(link.purpose()).isEqualTo(LinkPurpose.FEEDBACK);
    assertThat(link.id()).isNotBlank();
    assertThat(tokens.issue(LinkPurpose.FEEDBACK, "CMP-2026-000042")).isNotEqualTo(token);
  }

  @Test
  void anInformationToken_carriesTheNumberOfItsRequest_signedLikeTheRest() {
    String bound = tokens.issue(LinkPurpose.INFORMATION, "CMP-2026-000042", 3);
    String unbound = tokens.issue(LinkPurpose.INFORMATION, "CMP-2026-000042");

    assertThat(tokens.verify(bound, LinkPurpose.INFORMATION).request()).isEqualTo(3);
    assertThat(tokens.verify(unbound, LinkPurpose.INFORMATION).request()).isZero();
    // the number is inside the signed part: another number means another signature
    String otherNumber = tokens.issue(LinkPurpose.INFORMATION, "CMP-2026-000042", 4);
    String spliced = bound.substring(0, bound.indexOf('.')) + otherNumber.substring(otherNumber.indexOf('.'));
    assertRefused(spliced, LinkPurpose.INFORMATION, LinkRefused.Reason.FORGED);
  }

  @Test
  void aTokenWithOneCharacterChanged_isForged() {
    String token = tokens.issue(LinkPurpose.WITHDRAW, "CMP-2026-000042");
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        continue;
      }
      char changed = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + changed + token.substring(i + 1);
      assertThatThrownBy(() -> tokens.verify(tampered, LinkPurpose.WITHDRAW))
          .isInstanceOfSatisfying(LinkRefused.class, refused -> assertThat(refused.reason())
              .isIn(LinkRefused.Reason.FORGED, LinkRefused.Reason.MALFORMED));
    }
  }

  @Test
  void aTokenSignedWithAnotherSecret_isForged() {
    String forged = tokens("another-secret-of-more-than-32-characters").issue(LinkPurpose.STATUS, "CMP-2026-000042");

    assertRefused(forged, LinkPurpose.STATUS, LinkRefused.Reason.FORGED);
  }

  @Test
  void aStatusToken_cannotWithdraw() {
    String status = tokens.issue(LinkPurpose.STATUS, "CMP-2026-000042");

    assertRefused(status, LinkPurpose.WITHDRAW, LinkRefused.Reason.WRONG_PURPOSE);
  }

  @Test
  void aTokenPastItsValidity_isExpired_byTheEngineClock() {
    String token = tokens.issue(LinkPurpose.FEEDBACK, "CMP-2026-000042");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30))));

    assertRefused(token, LinkPurpose.FEEDBACK, LinkRefused.Reason.EXPIRED);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"garbage", "a.b.c", "!!!.???"})
  void somethingThatIsNoToken_isMalformed(String token) {
    assertRefused(token, LinkPurpose.FEEDBACK, LinkRefused.Reason.MALFORMED);
  }

  @Test
  void eachReason_hasItsStatus() {
    assertThat(LinkRefused.Reason.MALFORMED.status().value()).isEqualTo(400);
    assertThat(LinkRefused.Reason.FORGED.status().value()).isEqualTo(403);
    assertThat(LinkRefused.Reason.WRONG_PURPOSE.status().value()).isEqualTo(403);
    assertThat(LinkRefused.Reason.EXPIRED.status().value()).isEqualTo(410);
    assertThat(LinkRefused.Reason.USED.status().value()).isEqualTo(409);
  }

  @Test
  void thePostgresProfile_refusesToStartWithoutAStrongSecret() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("postgres");

    assertThatThrownBy(() -> new LinkTokens(production)).isInstanceOf(LinkSecretMissingException.class)
        .hasMessage("LINKS_SECRET is not set: the postgres profile needs a secret to sign the links in customer mails.");
    assertThat(LinkTokens.problemWith("short")).isEqualTo("LINKS_SECRET is shorter than 32 characters.");
    assertThat(LinkTokens.problemWith(SECRET)).isNull();
  }

  @Test
  void theDefaultRun_makesUpASecret() {
    LinkTokens demo = new LinkTokens(new MockEnvironment());

    assertThat(demo.verify(demo.issue(LinkPurpose.STATUS, "CMP-2026-000042"), LinkPurpose.STATUS)).isNotNull();
  }

  private void assertRefused(String token, LinkPurpose purpose, LinkRefused.Reason reason) {
    assertThatThrownBy(() -> tokens.verify(token, purpose))
        .isInstanceOfSatisfying(LinkRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
  }

  private static LinkTokens tokens(String secret) {
    return new LinkTokens(new MockEnvironment().withProperty(LinkTokens.SECRET, secret)
        .withProperty(LinkTokens.VALIDITY, "P30D"));
  }
}
