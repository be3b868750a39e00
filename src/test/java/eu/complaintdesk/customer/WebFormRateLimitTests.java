package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web form's rate limit per client, over real HTTP: past the allowance a readable 429 page with
 * {@code Retry-After}; after that time the client may submit again, while another client was never
 * held back. Time is moved on the engine's clock, which the limit reads, instead of waited for.
 */
@ComplaintDeskTest
class WebFormRateLimitTests {

  @Autowired
  ObjectProvider<HttpTestClient> browsers;
  @Autowired
  WebFormProperties properties;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void pastTheAllowance_429WithRetryAfter_thenAllowedAgainAfterThatTime() {
    // Given a client that used its whole allowance (refused submissions count too)
    WebFormClient client = new WebFormClient(browsers.getObject(), "192.0.2.10");
    client.open("/complaints/new?lang=sl");
    for (int i = 0; i < properties.webForm().submissions(); i++) {
      assertThat(client.submit("sl", Map.of()).statusCode()).isEqualTo(400);
    }

    // When it submits once more
    HttpResponse<String> limited = client.submit("sl", Map.of());
    long limitedAt = System.currentTimeMillis();

    // Then it is told, in its language, when it may try again
    assertThat(limited.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    long refill = properties.webForm().per().toSeconds() / properties.webForm().submissions();
    assertThat(retryAfter).isBetween(1L, refill);
    assertThat(limited.body()).contains("<html lang=\"sl\"", "Z Vaše povezave smo v kratkem času prejeli več pritožb. "
        + "Poskusite znova čez " + (retryAfter + 59) / 60 + " min.");

    // And another client is not held back
    WebFormClient other = new WebFormClient(browsers.getObject(), "192.0.2.11");
    other.open("/complaints/new");
    assertThat(other.submit("en", Map.of()).statusCode()).isEqualTo(400);

    // And a few seconds before that time it is still refused, and after it allowed again
    ClockUtil.setCurrentTime(new Date(limitedAt + (retryAfter - 5) * 1000));
    assertThat(client.submit("sl", Map.of()).statusCode()).isEqualTo(429);
    ClockUtil.setCurrentTime(new Date(limitedAt + (retryAfter + 1) * 1000));
    assertThat(client.submit("sl", Map.of()).statusCode()).isEqualTo(400);
  }
}
