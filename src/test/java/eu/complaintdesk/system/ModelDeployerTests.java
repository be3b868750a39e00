package eu.complaintdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * A restart, or a switch between {@code mvn spring-boot:run} (exploded files) and {@code java -jar}
 * (an archive), deploys nothing new when no model changed; a changed file deploys a new version.
 */
@ComplaintDeskTest
class ModelDeployerTests {

  static final List<String> MODEL_FILES =
      List.of("processes/deployment-check.bpmn", "forms/deployment-check.form");

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FormService formService;

  @TempDir
  Path models;

  String deploymentName;

  @BeforeEach
  void copyTestModels() throws IOException {
    deploymentName = "deployer-test-" + UUID.randomUUID();
    for (String file : MODEL_FILES) {
      Path target = models.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = new ClassPathResource("models/" + file).getInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  @Test
  void resourcesAreNamedRelativeToTheModelFolders() {
    // When the models are deployed from a folder
    Deployment deployment = deployer("file:" + models + "/").deploy();

    // Then each resource is named by its path below the folder, whatever the folder is
    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrderElementsOf(MODEL_FILES);
  }

  @Test
  void unchangedModelsAreNotDeployedAgainAfterARestartOrFromAJar() throws IOException {
    // Given the models deployed once from exploded files (as spring-boot:run does)
    Deployment first = deployer("file:" + models + "/").deploy();

    // When the application restarts, and then runs from an archive (as java -jar does)
    Deployment restarted = deployer("file:" + models + "/").deploy();
    Deployment fromJar = deployer("jar:" + jarOfModels().toUri() + "!/").deploy();

    // Then the first deployment stays in force: no new deployment, no new process version
    assertThat(restarted.getId()).isEqualTo(first.getId());
    assertThat(fromJar.getId()).isEqualTo(first.getId());
    assertThat(repositoryService.createDeploymentQuery().deploymentName(deploymentName).count()).isEqualTo(1);
    assertThat(latestCheckProcess().getDeploymentId()).isEqualTo(first.getId());
  }

  @Test
  void aChangedFormDeploysANewVersionThatUsesIt() throws IOException {
    // Given the models deployed once
    Deployment first = deployer("file:" + models + "/").deploy();
    int versionBefore = latestCheckProcess().getVersion();

    // When an analyst changes only the form and the application restarts
    Path form = models.resolve("forms/deployment-check.form");
    Files.writeString(form, Files.readString(form).replace("\"Note\"", "\"Remark\""));
    Deployment second = deployer("file:" + models + "/").deploy();

    // Then a new deployment carries all models, and the new process version shows the new form
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(repositoryService.getDeploymentResourceNames(second.getId()))
        .containsExactlyInAnyOrderElementsOf(MODEL_FILES);
    ProcessDefinition latest = latestCheckProcess();
    assertThat(latest.getVersion()).isEqualTo(versionBefore + 1);
    assertThat(latest.getDeploymentId()).isEqualTo(second.getId());
    try (InputStream deployedForm = formService.getDeployedStartForm(latest.getId())) {
      assertThat(new String(deployedForm.readAllBytes(), StandardCharsets.UTF_8)).contains("\"Remark\"");
    }
  }

  private ModelDeployer deployer(String location) {
    return new ModelDeployer(repositoryService, getClass().getClassLoader(), location, deploymentName);
  }

  private ProcessDefinition latestCheckProcess() {
    return repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("deploymentCheck").latestVersion().singleResult();
  }

  /** The same files packed into an archive, as they are inside the application's jar. */
  private Path jarOfModels() throws IOException {
    Path jar = models.resolve("models.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (String name : List.of("processes/", "forms/")) {
        out.putNextEntry(new JarEntry(name));
        out.closeEntry();
      }
      for (String name : MODEL_FILES) {
        out.putNextEntry(new JarEntry(name));
        out.write(Files.readAllBytes(models.resolve(name)));
        out.closeEntry();
      }
    }
    return jar;
  }
}
