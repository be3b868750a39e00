package eu.complaintdesk;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of the process tests (camunda-process-test-coverage): an HTML report under
 * target/process-test-coverage, and the process test class fails when it leaves a flow node or
 * sequence flow of the diagram untested. Only the process tests import it (a context of their
 * own): the library's engine plugin refuses to record a process started outside a measured test
 * class, so it must stay out of the context the other integration tests share.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfiguration {

  /** Primary: the imported configuration brings default properties that would win otherwise. */
  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder()
        .assertClassCoverageAtLeast(1.0)
        .excludeProcessDefinitionKeys("deploymentCheck")
        .build();
  }
}
