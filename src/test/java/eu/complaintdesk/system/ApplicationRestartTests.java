package eu.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskApplication;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.TestEnvironment;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default run, as {@code mvn spring-boot:run} starts it: an H2 file database that
 * survives a restart, the models of processes/ and forms/, demo users and a banner that says
 * where to go.
 */
@Tag(ComplaintDeskTest.STANDALONE_APPLICATION)
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRestartTests {

  @TempDir
  Path dataDirectory;

  @Test
  void aSecondStartReusesTheDataAndDeploysNothingNew(CapturedOutput output) {
    long deployments;
    long definitions;
    try (ConfigurableApplicationContext first = start()) {
      // Given a first start that leaves something behind
      IdentityService identity = first.getBean(IdentityService.class);
      identity.saveUser(identity.newUser("restartCheck"));
      deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
      definitions = first.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
      assertThat(identity.checkPassword("anna", "anna")).isTrue();
    }

    // When the application starts again on the same data directory
    try (ConfigurableApplicationContext second = start()) {
      // Then the data is still there, and the unchanged models were not deployed again
      assertThat(second.getBean(IdentityService.class).createUserQuery().userId("restartCheck").count()).isEqualTo(1);
      RepositoryService repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }
    assertThat(output).contains("Complaint Desk is running", "/camunda/app/tasklist/", "anna / anna",
        "Inbox      IMAP 127.0.0.1:", "complaints@complaint-desk.local");
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ComplaintDeskApplication.class).run(
        "--DATABASE_URL=jdbc:h2:file:" + dataDirectory.resolve("complaint-desk"),
        "--server.port=0",
        "--spring.mail.port=" + TestEnvironment.freePort(),
        "--complaint-desk.inbox.port=" + TestEnvironment.freePort(),
        "--camunda.bpm.job-execution.enabled=false",
        // Another name than the shared test context's engine "default", which the REST API and
        // the webapps of that context look up by name: closing this one must not unregister it.
        "--camunda.bpm.process-engine-name=restartTest");
  }
}
