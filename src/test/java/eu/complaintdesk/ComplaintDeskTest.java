package eu.complaintdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test setup, so that all integration tests share one application context: the
 * whole application on a random port, its own PostgreSQL database, the embedded SMTP and IMAP server, the inbox read only when a test polls it,
 * and
 * the job executor off so that tests run jobs and timers themselves, and no random quality sample.
 * Metrics are exported as in production (Spring Boot's tests switch the Prometheus registry off
 * otherwise), so that tests read {@code /actuator/prometheus}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
        "camunda.bpm.job-execution.enabled=false",
        // Tests read the inbox themselves (InboxPoller#poll), as they run jobs themselves.
        "complaint-desk.inbox.polling=false",
        // No random sample: a test decides whether a complaint is reviewed (escalation, score).
        "complaint-desk.timings.quality-sample-rate=0"})
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(HttpTestClient.class)
@AutoConfigureObservability(tracing = false)
public @interface ComplaintDeskTest {

  /**
   * Tag of the tests that start whole applications of their own (a restart, another profile).
   * Surefire runs them in a JVM of their own: Camunda's webapps keep static state that a second
   * application in the shared test JVM would overwrite.
   */
  String STANDALONE_APPLICATION = "standalone-application";
}
