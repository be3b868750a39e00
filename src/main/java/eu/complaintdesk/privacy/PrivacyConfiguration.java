package eu.complaintdesk.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HTTP Basic for data-protection officers in front of {@code /api/privacy/*}, and nothing else. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

  @Bean
  FilterRegistrationBean<PrivacyAuthentication> privacyAuthentication(IdentityService identityService,
      ObjectMapper json) {
    FilterRegistrationBean<PrivacyAuthentication> registration =
        new FilterRegistrationBean<>(new PrivacyAuthentication(identityService, json));
    registration.setName("privacy-authentication");
    registration.addUrlPatterns("/api/privacy/*");
    return registration;
  }
}
