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
    FilterRegistrationBean<ActuatorAuthentication> registration =
        new FilterRegistrationBean<>(ActuatorAuthentication.required(identityService, json));
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
    registration.setName("prometheusAuthentication");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ActuatorAuthentication> healthAuthentication(IdentityService identityService,
      ObjectMapper json) {
    FilterRegistrationBean<ActuatorAuthentication> registration =
        new FilterRegistrationBean<>(ActuatorAuthentication.optional(identityService, json));
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setName("healthAuthentication");
    return registration;
  }
}
