package eu.complaintdesk.complaint;

import static eu.complaintdesk.ProcessConstants.ACTIVITY_APPROVE_OFFER;
import static eu.complaintdesk.ProcessConstants.ACTIVITY_OFFER_SOLUTION;
import static eu.complaintdesk.ProcessConstants.VAR_JUDGED_OFFER;
import static eu.complaintdesk.ProcessConstants.VAR_OFFERED_BY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four eyes on an offer above the agent's authority, through the real entry points: whoever made
 * the offer never claims, is assigned or approves it (demo, who is administrator, agent and
 * manager at once, included), and the offer cannot be changed once it is judged.
 */
@ComplaintDeskTest
class FourEyesTests {

  private static final String REFUND_OF_5000 = """
      {"variables": {
        "option1Type": {"value": "refund"},
        "option1Amount": {"value": 5000.0, "type": "Double"},
        "option1Description": {"value": "The whole year's fee back."}}}""";

  @Autowired
  HttpTestClient http;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void whoOffered_mayNotClaimOrApproveIt_throughTheEngineApi() {
    // Given demo offered a refund of 5,000 EUR, above an agent's authority
    ComplaintScenario complaint = offeredBy("demo", REFUND_OF_5000);
    Task approval = complaint.task(ACTIVITY_APPROVE_OFFER);
    assertThat(complaint.variable(VAR_OFFERED_BY)).isEqualTo("demo");

    // When demo claims the approval, or approves without claiming
    var claim = http.postJson("/engine-rest/task/" + approval.getId() + "/claim", "demo", "demo", "{\"userId\": \"demo\"}");
    var approve = http.postJson("/engine-rest/task/" + approval.getId() + "/complete", "demo", "demo", approveJson());
    // or mary assigns it to demo
    var assign = http.postJson("/engine-rest/task/" + approval.getId() + "/assignee", "mary", "mary", "{\"userId\": \"demo\"}");

    // Then each is refused with the reason, and the approval waits for another manager
    for (HttpResponse<String> refused : java.util.List.of(claim, approve, assign)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("demo made this offer on complaint " + complaint.reference()
          + ", so demo may not approve it: another manager must (four eyes).");
    }
    assertThat(complaint.task(ACTIVITY_APPROVE_OFFER).getAssignee()).isNull();

    // When mary, another manager, claims and approves it
    assertThat(http.postJson("/engine-rest/task/" + approval.getId() + "/claim", "mary", "mary", "{\"userId\": \"mary\"}")
        .statusCode()).isEqualTo(204);
    assertThat(http.postJson("/engine-rest/task/" + approval.getId() + "/complete", "mary", "mary", approveJson())
        .statusCode()).isEqualTo(204);

    // Then the offer goes out
    assertThat(processEngine.getManagementService().createJobQuery()
        .processInstanceId(complaint.instance.getId()).activityId("sendSolutionOptionsEmail").count()).isEqualTo(1);
  }

  @Test
  void whoOffered_mayNotClaimOrApproveIt_inTasklist() {
    ComplaintScenario complaint = offeredBy("demo", REFUND_OF_5000);
    String task = "/camunda/api/engine/engine/default/task/" + complaint.task(ACTIVITY_APPROVE_OFFER).getId();
    assertThat(http.webappLogin("tasklist", "demo", "demo").statusCode()).isEqualTo(200);

    var claim = http.webappPostJson(task + "/claim", "{\"userId\": \"demo\"}");
    var approve = http.webappPostJson(task + "/submit-form", approveJson());

    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(claim.body()).contains("demo made this offer");
    assertThat(approve.statusCode()).isEqualTo(403);
    assertThat(approve.body()).contains("demo made this offer");
  }

  @Test
  void anOfferChangedAfterTheCheck_cannotBeApproved() {
    // Given anna's offer of 5,000 EUR waits for approval
    ComplaintScenario complaint = offeredBy("anna", REFUND_OF_5000);
    String approval = complaint.task(ACTIVITY_APPROVE_OFFER).getId();

    // When the amount is raised afterwards (demo, an administrator, may set any variable)
    assertThat(http.putJson("/engine-rest/process-instance/" + complaint.instance.getId() + "/variables/option1Amount",
        "demo", "demo", "{\"value\": 50000.0, \"type\": \"Double\"}").statusCode()).isEqualTo(204);

    // Then mary cannot approve what she sees
    var approve = http.postJson("/engine-rest/task/" + approval + "/complete", "mary", "mary", approveJson());
    assertThat(approve.statusCode()).isEqualTo(403);
    assertThat(approve.body()).contains("was changed after the authority check");

    // When the judged record itself is rewritten to match
    http.putJson("/engine-rest/process-instance/" + complaint.instance.getId() + "/variables/" + VAR_JUDGED_OFFER,
        "demo", "demo", "{\"value\": \"{\\\"offeredBy\\\":\\\"anna\\\",\\\"options\\\":[{\\\"number\\\":1,"
            + "\\\"type\\\":\\\"refund\\\",\\\"description\\\":\\\"The whole year's fee back.\\\",\\\"amount\\\":50000.0}]}\"}");

    // Then its seal gives it away
    approve = http.postJson("/engine-rest/task/" + approval + "/complete", "mary", "mary", approveJson());
    assertThat(approve.statusCode()).isEqualTo(403);
    assertThat(approve.body()).contains("was changed after the authority check");
  }

  @Test
  void theCustomerIsOfferedWhatWasJudged_whateverTheVariablesSayLater() {
    // Given anna offered a replacement of 80 EUR, within her authority, and the mail is due
    ComplaintScenario complaint = offeredBy("anna", """
        {"variables": {
          "option1Type": {"value": "replacement"},
          "option1Amount": {"value": 80.0, "type": "Double"},
          "option1Description": {"value": "A technician visit of your choice this week."}}}""");

    // When the amount is changed before the mail goes out
    processEngine.getRuntimeService().setVariable(complaint.instance.getId(), "option1Amount", 5000.0);
    complaint.run("sendSolutionOptionsEmail");

    // Then the customer reads the 80 EUR that was judged
    String mail = ComplaintScenario.body(complaint.mailsWith("how we would like to put things right").get(0));
    assertThat(mail).contains("80").doesNotContain("5000", "5,000", "5.000", "5 000");
  }

  @Test
  void aForgedRecord_stopsTheMailAsAnIncident_andAgentsCannotSetVariablesOnTheirTasks() {
    // Given anna's judged offer of 80 EUR, whose mail is due
    ComplaintScenario complaint = offeredBy("anna", """
        {"variables": {"option1Type": {"value": "replacement"}, "option1Amount": {"value": 80.0, "type": "Double"},
          "option1Description": {"value": "A technician visit of your choice this week."}}}""");

    // When the judged record is rewritten
    processEngine.getRuntimeService().setVariable(complaint.instance.getId(), VAR_JUDGED_OFFER,
        "{\"offeredBy\":\"anna\",\"options\":[{\"number\":1,\"type\":\"refund\",\"description\":null,\"amount\":5000}]}");

    // Then the mail refuses to go out
    Job mail = processEngine.getManagementService().createJobQuery()
        .processInstanceId(complaint.instance.getId()).activityId("sendSolutionOptionsEmail").singleResult();
    assertThatThrownBy(() -> processEngine.getManagementService().executeJob(mail.getId()))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("was changed after the authority check");

    // And an agent may not set variables through her own task at all (TASK_WORK, not UPDATE)
    Task offerAgain = ComplaintScenario.startAt(ACTIVITY_OFFER_SOLUTION, Variables.createVariables(), mailServer)
        .task(ACTIVITY_OFFER_SOLUTION);
    assertThat(http.postJson("/engine-rest/task/" + offerAgain.getId() + "/claim", "anna", "anna", "{\"userId\": \"anna\"}")
        .statusCode()).isEqualTo(204);
    var set = http.putJson("/engine-rest/task/" + offerAgain.getId() + "/variables/" + VAR_JUDGED_OFFER,
        "anna", "anna", "{\"value\": \"{}\"}");
    assertThat(set.statusCode()).isEqualTo(403);
  }

  /** A complaint at "Offer a solution", completed by that user through the engine API. */
  private ComplaintScenario offeredBy(String user, String offerJson) {
    ComplaintScenario complaint = ComplaintScenario.startAt(ACTIVITY_OFFER_SOLUTION, Variables.createVariables(), mailServer);
    String offer = complaint.task(ACTIVITY_OFFER_SOLUTION).getId();
    assertThat(http.postJson("/engine-rest/task/" + offer + "/claim", user, user, "{\"userId\": \"" + user + "\"}")
        .statusCode()).isEqualTo(204);
    var completed = http.postJson("/engine-rest/task/" + offer + "/complete", user, user, offerJson);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    return complaint;
  }

  private static String approveJson() {
    return "{\"variables\": {\"offerDecision\": {\"value\": \"approve\"}}}";
  }
}
