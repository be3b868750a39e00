package eu.complaintdesk.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/** A complaint filed through the API whose acknowledgement went out: a customer mail in the mailbox. */
public final class AcknowledgedComplaints {

  private AcknowledgedComplaints() {
  }

  /** Files the complaint of {@code email} as the demo integration, sends its acknowledgement and answers its reference. */
  public static String file(HttpTestClient http, RuntimeService runtimeService, ManagementService managementService,
      String email) throws Exception {
    HttpResponse<String> response = http.postJson("/api/complaints", "shop", "shop", """
        {"name": "Jana Novak", "email": "%s", "language": "en", "type": "product", "severity": "high",
         "customerTier": "standard", "summary": "The kettle broke after two days."}
        """.formatted(email));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String reference = new ObjectMapper().readTree(response.body()).path("reference").asText();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId("sendAcknowledgementEmail").singleResult().getId());
    return reference;
  }
}
