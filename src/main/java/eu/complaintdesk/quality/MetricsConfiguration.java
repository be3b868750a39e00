package eu.complaintdesk.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Who reads the figures ({@link ActuatorAuthentication} in front of the Actuator's Prometheus and
 * health endpoints), and the schedule on which {@link OpenWork} counts the open work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {

  @Bean
  FilterRegistrationBean<ActuatorAuthentication> prometheusAuthentication(IdentityService identityService,
      ObjectMapper json) {
    return registration("prometheusAuthentication", ActuatorAuthentication.required(identityService, json),
        "/actuator/prometheus", "/actuator/prometheus/*");
  }

  @Bean
  FilterRegistrationBean<ActuatorAuthentication> healthAuthentication(IdentityService identityService,
      ObjectMapper json) {
    return registration("healthAuthentication", ActuatorAuthentication.optional(identityService, json),
        "/actuator/health", "/actuator/health/*");
  }

  private static FilterRegistrationBean<ActuatorAuthentication> registration(String name,
      ActuatorAuthentication filter, String... urlPatterns) {
    FilterRegistrationBean<ActuatorAuthentication> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(urlPatterns);
    registration.setName(name);
    return registration;
  }
}
