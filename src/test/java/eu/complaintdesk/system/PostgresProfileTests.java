package eu.complaintdesk.system;

import static eu.complaintdesk.ProcessConstants.GROUP_ADMINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.complaintdesk.ComplaintDeskApplication;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.TestDatabase;
import eu.complaintdesk.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile, started the way an operator starts it: the profile plus the documented
 * settings (POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD, ADMIN_USER, ADMIN_PASSWORD) and
 * nothing else, against a real PostgreSQL database.
 */
@Tag(ComplaintDeskTest.STANDALONE_APPLICATION)
@ExtendWith(OutputCaptureExtension.class)
class PostgresProfileTests {

  static Optional<TestDatabase> database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    database.ifPresent(TestDatabase::drop);
  }

  @Test
  void startsOnPostgresWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() throws Exception {
    try (ConfigurableApplicationContext app = start("ADMIN_USER=operator", "ADMIN_PASSWORD=Kx8-river-lantern-42")) {
      IdentityService identity = app.getBean(IdentityService.class);

      assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
      assertThat(identity.checkPassword("operator", "Kx8-river-lantern-42")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(GROUP_ADMINS).list())
          .extracting("id").containsExactly("operator");
      assertThat(identity.createUserQuery().userIdIn("demo", "anna", "peter", "mary", "alex").count()).isZero();
      assertThat(app.containsBean("embeddedMailServer")).isFalse();
      // No inbox until INBOX_HOST names a mailbox
      assertThat(app.containsBean("inboxPoller")).isFalse();
      // The demo mailbox lives beside the embedded server only: production has no such page
      assertThat(get(app, "/mailbox", "operator", "Kx8-river-lantern-42").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void refusesToStartWithoutAnAdminPassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("ADMIN_USER=operator").close()).isInstanceOf(RuntimeException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("ADMIN_PASSWORD is not set: the postgres profile needs a password for the administrator 'operator'.");
  }

  @Test
  void refusesToStartWithAWellKnownPassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("ADMIN_PASSWORD=changeme").close()).isInstanceOf(RuntimeException.class);

    assertThat(output).contains("ADMIN_PASSWORD is a well-known default or the user name");
  }

  private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String user,
      String password) throws Exception {
    String port = app.getEnvironment().getRequiredProperty("local.server.port");
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesToStartWithoutALinksSecret(CapturedOutput output) {
    assertThatThrownBy(() -> start("ADMIN_PASSWORD=Kx8-river-lantern-42", "LINKS_SECRET=").close())
        .isInstanceOf(RuntimeException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("LINKS_SECRET is not set: the postgres profile needs a secret to sign the links in customer mails.");
  }

  private static ConfigurableApplicationContext start(String... settings) {
    assumeTrue(database.isPresent(), "PostgreSQL is not reachable (allowed outside CI only)");
    TestDatabase db = database.get();
    List<String> args = new ArrayList<>(List.of(
        "--POSTGRES_URL=" + db.url(), "--POSTGRES_USER=" + db.user(), "--POSTGRES_PASSWORD=" + db.password(),
        "--server.port=0", "--spring.mail.port=" + TestEnvironment.freePort(),
        "--camunda.bpm.job-execution.enabled=false",
        // Another name than the shared test context's engine "default", which the REST API and
        // the webapps of that context look up by name: closing this one must not unregister it.
        "--camunda.bpm.process-engine-name=postgresProfileTest"));
    if (Arrays.stream(settings).noneMatch(setting -> setting.startsWith("LINKS_SECRET="))) {
      args.add("--LINKS_SECRET=postgres-profile-test-secret-0123456789abcdef");
    }
    for (String setting : settings) {
      args.add("--" + setting);
    }
    return new SpringApplicationBuilder(ComplaintDeskApplication.class)
        .profiles("postgres")
        .run(args.toArray(String[]::new));
  }
}
