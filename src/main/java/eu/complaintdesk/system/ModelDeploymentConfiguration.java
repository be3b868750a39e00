package eu.complaintdesk.system;

import eu.complaintdesk.ProcessConstants;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/** Deploys {@code processes/} and {@code forms/} once the engine is up. */
@Configuration(proxyBeanMethods = false)
class ModelDeploymentConfiguration {

  @Bean
  ModelDeployer modelDeployer(RepositoryService repositoryService, ComplaintDeskProperties properties) {
    return new ModelDeployer(repositoryService, ModelDeployer.class.getClassLoader(),
        properties.deployment().location(), ProcessConstants.DEPLOYMENT_NAME);
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  void deployModels(ApplicationStartedEvent event) {
    event.getApplicationContext().getBean(ModelDeployer.class).deploy();
  }
}
