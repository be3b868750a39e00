package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit timeline in the real Cockpit, in headless Chromium: a manager opens a complaint's
 * process instance and finds the "Audit timeline" tab, served by our plugin without a Cockpit
 * rebuild, with the complaint's steps, its acknowledgement mail, the triage decision and the link
 * to the printable page; and an agent opens the printable timeline of a task's complaint from the
 * link in Tasklist's Customer tab. Lives beside the Customer tab's browser test for the browser helpers.
 */
@ComplaintDeskTest
class TimelineBrowserTests {

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
  void aManagerOpensAComplaintInCockpit_andReadsItsAuditTimeline() {
    // Given a complaint started as the intake form starts one, triaged and acknowledged
    String email = "jana@browser-timeline-" + UUID.randomUUID() + ".example.org";
    complaint = ComplaintScenario.start(ComplaintScenario.intake(email), mailServer).runAsyncJobs();

    // When mary, a manager, logs in to Cockpit and opens the process instance's Audit timeline tab
    WebDriver driver = BROWSER.driver();
    String application = "http://localhost:" + port;
    CockpitPage.logIn(driver, application, "mary", "mary");
    driver.get(application + "/camunda/app/cockpit/default/#/process-instance/" + complaint.instance.getId()
        + "/runtime");
    TasklistPage.clickInView(driver, TasklistPage.waitFor(driver, "the Audit timeline tab").until(browser ->
        TasklistPage.startingWith(browser.findElements(By.cssSelector(".nav-tabs li a")), "Audit timeline")));
    WebElement tab = TasklistPage.waitFor(driver, "the timeline of " + complaint.reference()).until(browser ->
        browser.findElements(By.cssSelector(".complaint-timeline")).stream()
            .filter(shown -> shown.getText().contains("Complaint " + complaint.reference())).findFirst()
            .orElse(null));

    // Then it shows the steps, the mail sent to the customer, the triage's inputs and the printable page
    assertThat(tab.getText()).contains("Steps", "Triage complaint", "Thank the customer and confirm receipt",
        "Listen to the customer", "open", "Communication log", "acknowledgement", email, "Decisions",
        "Severity: medium", "Quality review", "Not reviewed.");
    assertThat(tab.findElement(By.cssSelector("a.complaint-timeline-print")).getAttribute("href"))
        .endsWith("/staff/complaints/" + complaint.reference() + "/timeline.html");
  }

  @Test
  void anAgentOpensTheTimelineFromATaskInTasklist_inANewTab() {
    // Given a complaint at its first task for agents
    String email = "jana@browser-timeline-" + UUID.randomUUID() + ".example.org";
    complaint = ComplaintScenario.start(ComplaintScenario.intake(email), mailServer).runAsyncJobs();
    Task task = complaint.task(ProcessConstants.ACTIVITY_LISTEN_TO_CUSTOMER);

    // When anna opens the task in Tasklist and follows the Customer tab's link to the audit timeline
    WebDriver driver = BROWSER.driver();
    TasklistPage tasklist = new TasklistPage(driver, port).logInAs("anna", "anna");
    tasklist.openTaskByAddress(task.getId(), task.getName());
    WebElement link = tasklist.customerTab().findElement(By.cssSelector("a.customer-tab-timeline"));
    assertThat(link.getAttribute("target")).isEqualTo("_blank");
    String tasklistWindow = driver.getWindowHandle();
    TasklistPage.clickInView(driver, link);

    // Then a new tab shows the complaint's printable timeline, and Tasklist stays open in its own
    String timelineWindow = TasklistPage.waitFor(driver, "the timeline's new tab").until(browser ->
        browser.getWindowHandles().stream().filter(handle -> !handle.equals(tasklistWindow)).findFirst()
            .orElse(null));
    try {
      driver.switchTo().window(timelineWindow);
      WebElement heading = TasklistPage.waitFor(driver, "the printable timeline")
          .until(visibilityOfElementLocated(By.cssSelector("h1")));
      assertThat(heading.getText()).isEqualTo("Audit timeline of complaint " + complaint.reference());
      assertThat(driver.getCurrentUrl()).endsWith("/staff/complaints/" + complaint.reference() + "/timeline.html");
      assertThat(driver.findElement(By.cssSelector("table.steps")).getText()).contains("Listen to the customer",
          "open");
      assertThat(driver.findElement(By.cssSelector("table.communication")).getText()).contains("acknowledgement",
          email);
    } finally {
      driver.close();
      driver.switchTo().window(tasklistWindow);
    }
  }
}
