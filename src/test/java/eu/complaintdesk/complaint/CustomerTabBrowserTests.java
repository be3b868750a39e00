package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Customer tab in the real Tasklist, in headless Chromium: an agent opens a task of a complaint
 * and finds the mail the customer got and the file the customer sent, served by our plugin without
 * a Tasklist rebuild, and records what the customer said on the phone.
 */
@ComplaintDeskTest
class CustomerTabBrowserTests {

  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  private ComplaintScenario complaint;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void discard() {
    if (complaint != null) {
      complaint.discard();
    }
  }

  @Test
  void anAgentOpensATask_seesTheLoggedMailAndTheAttachment_andRecordsAWithdrawalByPhone() {
    // Given a complaint whose acknowledgement went out, with a receipt the customer sent
    String email = "jana@browser-tab-" + UUID.randomUUID() + ".example.org";
    complaint = ComplaintScenario.startAt("sendAcknowledgementEmail", Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_EMAIL, email), mailServer).runAsyncJobs();
    processEngine.getTaskService().createAttachment("application/pdf", null, complaint.instance.getId(),
        "receipt.pdf", "The receipt", new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    Task task = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);

    // When anna opens the task in Tasklist and its Customer tab
    TasklistPage tasklist = new TasklistPage(BROWSER.driver(), port).logInAs("anna", "anna");
    tasklist.openTaskByAddress(task.getId(), task.getName());
    WebElement tab = tasklist.customerTab();

    // Then the tab names the complaint, lists the acknowledgement sent to the customer, and links the file
    assertThat(tab.getText()).contains("Complaint " + complaint.reference(), "Communication log", "acknowledgement",
        email, "Customer called");
    WebElement download = tab.findElement(By.cssSelector(".customer-tab-attachments a"));
    assertThat(download.getText()).isEqualTo("receipt.pdf");
    assertThat(download.getAttribute("href")).contains("/staff/tasks/" + task.getId() + "/attachments/");
    assertThat(tasklist.failures()).isEmpty();

    // When she records in the tab that the customer, on the phone, withdraws the complaint
    tab.findElement(By.cssSelector(".customer-tab-call textarea[name='withdrawalReason']"))
        .sendKeys("Sorted it out with the shop.");
    // scrolled to the middle first, as a person would: Tasklist's footer covers the bottom of the pane
    TasklistPage.clickInView(BROWSER.driver(),
        tab.findElement(By.cssSelector(".customer-tab-call button[type='submit']")));

    // Then the tab's POST (with Tasklist's CSRF token) reached the process, recorded as anna's phone answer
    // in this thread: BpmnAwareTests knows the engine per thread once a second context has one
    await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(complaint.instance)
        .hasPassed("complaintWithdrawn"));
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(complaint.instance.getId()).variableName(ProcessConstants.VAR_WITHDRAWAL_REASON)
        .singleResult().getValue()).isEqualTo("Sorted it out with the shop.");
  }
}
