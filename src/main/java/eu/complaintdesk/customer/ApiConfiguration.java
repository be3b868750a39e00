package eu.complaintdesk.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our REST API for integrations: HTTP Basic on {@code /api/complaints} only (the quality figures
 * under {@code /api/quality} have their own door, the engine's REST API its own filter, the webapps
 * their own login), and the OpenAPI document's title and security scheme.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Complaint Desk API", version = "1",
    description = "Complaints from integrations (shop, CRM, chat). Errors are RFC 9457 problem documents."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthentication> apiAuthentication(IdentityService identityService, ObjectMapper json) {
    FilterRegistrationBean<ApiAuthentication> registration =
        new FilterRegistrationBean<>(new ApiAuthentication(identityService, json));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/complaints", "/api/complaints/*");
    return registration;
  }
}
