package eu.complaintdesk.mailbox;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff login in front of the mailbox, only where there is one: beside the embedded SMTP server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "complaint-desk.mail.embedded-server", havingValue = "true")
class MailboxConfiguration {

  @Bean
  FilterRegistrationBean<StaffAuthentication> mailboxAuthentication(IdentityService identityService) {
    FilterRegistrationBean<StaffAuthentication> registration =
        new FilterRegistrationBean<>(new StaffAuthentication(identityService));
    registration.setName("mailbox-authentication");
    registration.addUrlPatterns("/mailbox", "/mailbox/*");
    return registration;
  }
}
