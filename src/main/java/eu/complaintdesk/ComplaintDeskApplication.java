package eu.complaintdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Complaint Desk: the customer complaint handling checklist, run by an embedded Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(ComplaintDeskApplication.class, args);
  }
}
