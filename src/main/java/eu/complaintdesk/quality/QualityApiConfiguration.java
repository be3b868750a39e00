package eu.complaintdesk.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.security.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The door of the quality figures' API: {@link QualityApiAuthentication} on {@code /api/quality/*}. */
@Configuration(proxyBeanMethods = false)
class QualityApiConfiguration {

  @Bean
  FilterRegistrationBean<QualityApiAuthentication> qualityApiAuthentication(IdentityService identityService,
      WebappLogin login, ObjectMapper json) {
    FilterRegistrationBean<QualityApiAuthentication> registration =
        new FilterRegistrationBean<>(new QualityApiAuthentication(identityService, login, json));
    registration.setName("quality-api-authentication");
    registration.addUrlPatterns("/api/quality/*");
    return registration;
  }
}
