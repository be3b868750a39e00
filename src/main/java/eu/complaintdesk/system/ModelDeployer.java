package eu.complaintdesk.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Deploys everything in {@code processes/} and {@code forms/} as one deployment, named by path
 * relative to the location ({@code processes/complaint-handling.bpmn}).
 *
 * <p>We do not use the starter's auto-deployment: it names resources by absolute path in exploded
 * runs and by file name in the jar, so switching between {@code mvn spring-boot:run} and {@code
 * java -jar} would deploy new versions of unchanged models. Stable names make the engine's
 * duplicate filter work. The filter compares the whole set: when any file changed, all files are
 * deployed together, so a process version always finds its own forms ({@code
 * camunda:formRefBinding="deployment"}).
 */
class ModelDeployer {

  static final List<String> PATTERNS =
      List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final String location;
  private final String deploymentName;

  public ModelDeployer(RepositoryService repositoryService, ClassLoader classLoader,
      String location, String deploymentName) {
    this.repositoryService = repositoryService;
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    this.location = location.endsWith("/") || location.endsWith(":") ? location : location + "/";
    this.deploymentName = deploymentName;
  }

  /** Deploys the models if any of them changed; returns the deployment now in force, if any. */
  public Deployment deploy() {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("No process models or forms found under {}; nothing deployed", location);
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source(deploymentName)
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
    Deployment deployment = builder.deploy();
    LOG.info("Deployment '{}' ({}) in force with {}", deploymentName, deployment.getId(),
        resources.keySet());
    return deployment;
  }

  /** The model files under the location, keyed by their stable name. */
  Map<String, Resource> findResources() {
    Map<String, Resource> found = new TreeMap<>();
    try {
      for (String pattern : PATTERNS) {
        String folder = pattern.substring(0, pattern.indexOf('/') + 1);
        List<String> roots = new ArrayList<>();
        for (Resource root : resolver.getResources(location + folder)) {
          if (root.exists()) {
            roots.add(key(root));
          }
        }
        if (roots.isEmpty()) {
          continue;
        }
        for (Resource resource : resolver.getResources(location + pattern)) {
          String key = key(resource);
          roots.stream().filter(key::startsWith).findFirst().ifPresent(root -> found.putIfAbsent(
              folder + URLDecoder.decode(key.substring(root.length()), StandardCharsets.UTF_8),
              resource));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the process models under " + location, e);
    }
    return found;
  }

  /** A comparable address: canonical for files, the URL as is inside archives. */
  private static String key(Resource resource) throws IOException {
    if (resource.isFile()) {
      String uri = resource.getFile().getCanonicalFile().toURI().toString();
      return resource.getFile().isDirectory() && !uri.endsWith("/") ? uri + "/" : uri;
    }
    return resource.getURL().toString();
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
