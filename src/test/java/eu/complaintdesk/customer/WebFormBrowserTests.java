package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.TestFiles;
import eu.complaintdesk.complaint.BrowserExtension;
import eu.complaintdesk.complaint.TasklistPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Slovenian customer's whole part in headless Chromium: the web form filled in and submitted
 * with a photo chosen in its file field, and later the survey answered from the mail as the demo mailbox shows it, with a click on a score
 * inside the mail's (sandboxed) HTML and a confirm on the page that opens.
 */
@ComplaintDeskTest
class WebFormBrowserTests {

  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;

  WebDriver driver;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    BpmnAwareTests.init(processEngine);
    driver = BROWSER.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @Test
  void aCustomerFilesTheWebFormInSlovenian_andAnswersTheSurveyFromTheMailbox() throws IOException {
    // Given the web form, switched to Slovenian with its language link
    String email = "jana@browser-" + UUID.randomUUID() + ".example.org";
    driver.get(url("/complaints/new"));
    driver.manage().deleteAllCookies();
    driver.get(url("/complaints/new"));
    driver.findElement(By.linkText("Slovenščina")).click();
    wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Oddaja pritožbe"));

    // When the customer fills it in, chooses a photo and submits it
    Path photo = Files.createTempFile("grelnik-", ".png");
    Files.write(photo, TestFiles.png(3));
    driver.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
    String confirmation = fillInAndSubmit("Jana Novak", email, "Na izdelek");
    Files.delete(photo);

    // Then the confirmation names the reference, and the complaint runs in Slovenian
    assertThat(confirmation).matches("Vašo pritožbo smo zabeležili pod oznako CMP-\\d{4}-\\d{6}\\.");
    ProcessInstance complaint = complaintOf(confirmation);
    assertThat(runtimeService.getVariables(complaint.getId())).containsEntry("customerLanguage", "sl")
        .containsEntry("customerEmail", email).containsEntry("channel", "web");
    String reference = complaint.getBusinessKey();
    assertThat(taskService.getProcessInstanceAttachments(complaint.getId()))
        .extracting(Attachment::getName, Attachment::getType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(photo.getFileName().toString(), "image/png"));

    // Given the complaint was acknowledged and has come to the survey, which went out
    DueJobs.run(managementService, complaint);
    moveToTheSurvey(complaint);
    DueJobs.run(managementService, complaint);
    assertThat(complaint).isWaitingAt("awaitFeedback");

    // When staff open the survey mail in the mailbox and click the score 4 inside the mail
    driver.get("http://demo:demo@localhost:" + port + "/mailbox");
    WebElement survey = wait.until(browser -> browser.findElements(By.cssSelector("a[href^='/mailbox/']")).stream()
        .filter(link -> link.getText().contains(reference) && link.getText().contains("kako ste zadovoljni"))
        .findFirst().orElse(null));
    survey.click();
    String mailbox = driver.getWindowHandle();
    driver.switchTo().frame(wait.until(visibilityOfElementLocated(By.cssSelector("iframe"))));
    wait.until(elementToBeClickable(By.cssSelector("a[href*='/customer/feedback?score=4']"))).click();
    driver.switchTo().defaultContent();
    String page = wait.until(browser -> browser.getWindowHandles().stream().filter(handle -> !handle.equals(mailbox))
        .findFirst().orElse(null));
    try {
      driver.switchTo().window(page);

      // And confirm on the customer page that opened, with a comment
      wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Hvala za Vašo oceno"));
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sl");
      driver.findElement(By.id("comment")).sendKeys("Hitro in prijazno.");
      driver.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(textToBePresentInElementLocated(By.tagName("p"), "Hvala. Vaš odgovor smo prejeli."));
    } finally {
      driver.close();
      driver.switchTo().window(mailbox);
    }

    // Then the process received the score and the comment, and went on
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableName("feedbackScore").singleResult().getValue()).isEqualTo(4);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
        .variableName("feedbackComment").singleResult().getValue()).isEqualTo("Hitro in prijazno.");
    assertThat(complaint).hasPassed("awaitFeedback");
  }

  @Test
  void markupTypedIntoTheForm_isShownAsTextInTasklist() {
    // Given a complaint filed on the form with markup and script in the name
    String markup = "<b>Jana</b><img src=x onerror=alert(1)>";
    driver.get(url("/complaints/new?lang=en"));
    ProcessInstance complaint = complaintOf(fillInAndSubmit(markup, "jana@browser-" + UUID.randomUUID()
        + ".example.org", "A product"));
    DueJobs.run(managementService, complaint);
    Task listen = taskService.createTaskQuery().processInstanceId(complaint.getId())
        .taskDefinitionKey("listenToCustomer").singleResult();
    try {
      // When an agent opens its task in Tasklist
      TasklistPage tasklist = new TasklistPage(driver, port).logInAs("anna", "anna");
      tasklist.openTaskByAddress(listen.getId(), listen.getName());

      // Then the title shows the name as typed, as text: markup would have left only "Jana"
      assertThat(tasklist.taskTitle()).endsWith(" · " + markup);
      assertThat(driver.findElements(By.cssSelector(".task-details h2.task b, .task-details h2.task img"))).isEmpty();
    } finally {
      runtimeService.deleteProcessInstance(complaint.getId(), "test over");
    }
  }

  /** Fills in the open form as a customer and submits it; answers the confirmation's sentence. */
  private String fillInAndSubmit(String name, String email, String type) {
    driver.findElement(By.id("name")).sendKeys(name);
    driver.findElement(By.id("email")).sendKeys(email);
    new Select(driver.findElement(By.id("type"))).selectByVisibleText(type);
    driver.findElement(By.id("summary")).sendKeys("Grelnik vode se je pokvaril po dveh dneh.");
    driver.findElement(By.id("desiredOutcome")).sendKeys("Nov grelnik");
    driver.findElement(By.id("consent")).click();
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    return wait.until(visibilityOfElementLocated(By.id("reference"))).getText();
  }

  private ProcessInstance complaintOf(String confirmation) {
    String reference = confirmation.replaceAll(".*(CMP-\\d{4}-\\d{6}).*", "$1");
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Moves the complaint on to "Ask for feedback and thank again" as if its work were done, the way
   * the process tests start late segments: the survey starts, everything open is cancelled.
   */
  private void moveToTheSurvey(ProcessInstance complaint) {
    ActivityInstance tree = runtimeService.getActivityInstance(complaint.getId());
    ProcessInstanceModificationBuilder modification = runtimeService
        .createProcessInstanceModification(complaint.getId()).startBeforeActivity("sendSurveyEmail");
    for (ActivityInstance open : tree.getChildActivityInstances()) {
      modification.cancelActivityInstance(open.getId());
    }
    for (var waiting : tree.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(waiting.getId());
    }
    modification.execute();
  }
}
