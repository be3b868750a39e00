package eu.complaintdesk.complaint;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as an agent sees it, for browser tests: what a person clicks and reads, with
 * the selectors of Tasklist 7.24 and its form-js 1.8 forms in one place. Every step waits for what
 * the person would wait for; nothing sleeps.
 */
public final class TasklistPage {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final By START_PROCESS = By.cssSelector("li.start-process-action a");
  private static final String DIALOG = "div.modal-dialog";
  private static final String TASK_DETAILS = ".task-details";
  private static final By CLAIM = By.cssSelector(".task-details button.claim");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String application;
  private final ObjectMapper json = new ObjectMapper();

  public TasklistPage(WebDriver driver, int port) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
    this.application = "http://localhost:" + port;
  }

  /** Opens Tasklist without the session of an earlier test and logs in. */
  public TasklistPage logInAs(String user, String password) {
    // Cookies go by the page's origin; a page that starts no requests, so none is cut off.
    driver.get(application + "/actuator/health");
    driver.manage().deleteAllCookies();
    driver.get(application + "/camunda/app/tasklist/");
    WebElement form = wait.until(visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    form.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    form.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(elementToBeClickable(START_PROCESS));
    return this;
  }

  /** Opens the start dialog, picks the process by its name and returns its start form. */
  CamundaForm startProcess(String processName) {
    driver.findElement(START_PROCESS).click();
    waitFor(driver, "process " + processName + " in the start dialog").until(browser -> startingWith(
        browser.findElements(By.cssSelector("div.modal-dialog ul.processes a")), processName)).click();
    return formIn(DIALOG);
  }

  /** Closes the start dialog without starting anything. */
  void closeStartDialog() {
    click(driver.findElement(By.cssSelector("div.modal-dialog .modal-footer button[ng-click='$dismiss()']")));
    wait.until(invisibilityOfElementLocated(By.cssSelector(DIALOG)));
  }

  /** The start dialog's Start button; false while Tasklist refuses to submit the form. */
  boolean startButtonEnabled() {
    return startButton().isEnabled();
  }

  /** Clicks Start and waits until the engine has started the instance and the dialog closed. */
  void startProcessInstance() {
    awaitResponse("/submit-form", 200, () -> click(wait.until(elementToBeClickable(startButton()))));
    wait.until(invisibilityOfElementLocated(By.cssSelector(DIALOG)));
  }

  /**
   * Clicks Start on a form the engine then refuses, waits for the refusal (400) and returns what
   * Tasklist shows of it; the dialog stays open.
   */
  List<String> startProcessInstanceRefused() {
    awaitResponse("/submit-form", 400, () -> click(wait.until(elementToBeClickable(startButton()))));
    return waitFor(driver, "Tasklist's message of the refusal").until(browser -> {
      List<String> shown = failures();
      return shown.isEmpty() ? null : shown;
    });
  }

  /** Clicks Start, as an agent would, also on a form that is not valid yet. */
  void clickStart() {
    click(startButton());
  }

  private WebElement startButton() {
    return driver.findElement(
        By.cssSelector("div.modal-dialog .modal-footer button[ng-click='startProcessInstance()']"));
  }

  /**
   * Picks the filter (Tasklist shows no task list without one), then the task by its id: the
   * list holds other tasks, so never the first one.
   */
  TasklistPage openTask(String filterName, String taskId) {
    By filters = By.cssSelector(".task-filters .task-filter h4.name a");
    By activeFilter = By.cssSelector(".task-filters .task-filter.active h4.name a");
    By task = By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + taskId + "']");
    waitFor(driver, "filter " + filterName)
        .until(browser -> startingWith(browser.findElements(filters), filterName)).click();
    waitFor(driver, "filter " + filterName + " chosen")
        .until(browser -> startingWith(browser.findElements(activeFilter), filterName));
    // In view first: a task low in a long list sits under Tasklist's footer, which takes the click.
    click(waitFor(driver, "task " + taskId + " in the list of filter " + filterName)
        .until(elementToBeClickable(task)));
    wait.until(visibilityOfElementLocated(By.cssSelector(".task-details .task-card h2.task")));
    return this;
  }

  /**
   * Opens the task from its address, as a link to it does, and waits until the task pane shows
   * that task (by its title, which names the complaint) and its form or why there is none. Unlike
   * {@link #openTask(String, String)} this does not depend on the task being on the first page of
   * a filter, which other tests' open tasks may fill.
   */
  public CamundaForm openTaskByAddress(String taskId, String title) {
    // What the pane shows of the task before, so that neither passes for the new task's
    List<WebElement> shownBefore = driver.findElements(By.cssSelector(TASK_DETAILS + " .fjs-form, "
        + TASK_DETAILS + " .alert-danger")).stream().filter(WebElement::isDisplayed).toList();
    driver.get(application + "/camunda/app/tasklist/default/#/?task=" + taskId);
    shownBefore.forEach(shown -> waitFor(driver, "the previous task's form gone").until(stalenessOf(shown)));
    waitFor(driver, "task '" + title + "' in the task pane").until(browser -> title.equals(
        browser.findElements(By.cssSelector(".task-details .task-card h2.task")).stream()
            .map(WebElement::getText).map(String::trim).findFirst().orElse(null)));
    return formIn(TASK_DETAILS);
  }

  /**
   * Waits until form-js has rendered the form inside {@code root}, or Tasklist says why it could
   * not (see {@link #failures()}), so that a broken form fails a test with Tasklist's message, not
   * with a timeout.
   */
  private CamundaForm formIn(String root) {
    By form = By.cssSelector(root + " .fjs-form");
    waitFor(driver, "a form, or a failure, in " + root).until(browser ->
        browser.findElements(form).stream().anyMatch(WebElement::isDisplayed) || !failures().isEmpty());
    return new CamundaForm(driver, root);
  }

  /**
   * The error messages Tasklist shows now: a form it cannot render ("Form failure: form field of
   * type &lt;filepicker&gt; not supported") in the task pane or start dialog, and failed requests
   * (e.g. the task's variables) as notifications at the top.
   */
  List<String> failures() {
    return driver.findElements(By.cssSelector(".alert-danger, .alert-error, .alert-warning")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .map(String::trim)
        .toList();
  }

  /** The title of the open task, as Tasklist shows it above the form. */
  public String taskTitle() {
    return driver.findElement(By.cssSelector(".task-details .task-card h2.task")).getText().trim();
  }

  /** Claims the open task; until then Tasklist renders Complete but keeps it disabled. */
  CamundaForm claim() {
    wait.until(elementToBeClickable(CLAIM)).click();
    wait.until(invisibilityOfElementLocated(CLAIM));
    wait.until(visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    return new CamundaForm(driver, TASK_DETAILS);
  }

  /**
   * Opens the History tab of the open task and returns its entries as Tasklist shows them
   * (operation, who, what changed) once they are loaded; none when Tasklist says the task has no
   * history, or when it shows an error (see {@link #failures()}).
   */
  List<String> history() {
    By tabs = By.cssSelector(TASK_DETAILS + " ul.nav-tabs li a");
    By entries = By.cssSelector(TASK_DETAILS + " .tab-content .instant");
    By noHistory = By.cssSelector(TASK_DETAILS + " .tab-content .well");
    click(waitFor(driver, "the History tab").until(browser -> browser.findElements(tabs).stream()
        .filter(tab -> tab.getText().trim().equalsIgnoreCase("History"))
        .findFirst()
        .orElse(null)));
    // Before the history is loaded, Angular keeps the "no history" note hidden and then removes it:
    // an element found in one look may be gone in the next, so look again.
    return waitFor(driver, "the task's history, or that it has none")
        .ignoring(StaleElementReferenceException.class)
        .until(browser -> {
          List<String> shown = browser.findElements(entries).stream().filter(WebElement::isDisplayed)
              .map(WebElement::getText).map(String::trim).toList();
          if (!shown.isEmpty()) {
            return shown;
          }
          boolean none = browser.findElements(noHistory).stream().anyMatch(WebElement::isDisplayed)
              || !failures().isEmpty();
          return none ? List.<String>of() : null;
        });
  }

  /**
   * Opens the Customer tab of the open task (our Tasklist plugin) and returns it once it has loaded
   * the complaint, or shows why it could not (an alert in the tab).
   */
  WebElement customerTab() {
    By tabs = By.cssSelector(TASK_DETAILS + " ul.nav-tabs li a");
    click(waitFor(driver, "the Customer tab").until(browser -> browser.findElements(tabs).stream()
        .filter(tab -> tab.getText().trim().equalsIgnoreCase("Customer"))
        .findFirst()
        .orElse(null)));
    return waitFor(driver, "the Customer tab's content").until(browser -> browser.findElements(By.cssSelector(
        TASK_DETAILS + " .tab-content .customer-tab, " + TASK_DETAILS + " .tab-content .alert-danger")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Completes the open task and waits for the engine's answer: no message confirms it on the page. */
  void complete() {
    By complete = By.cssSelector(".task-details .form-actions button[ng-click='complete()']:not([disabled])");
    awaitResponse("/submit-form", 204, () -> click(wait.until(elementToBeClickable(complete))));
  }

  /**
   * Scrolls the element to the middle of its pane first, as a person would: at the bottom of the
   * task pane Tasklist's page footer covers the Complete button.
   */
  private void click(WebElement element) {
    clickInView(driver, element);
  }

  static void clickInView(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** The whole visible text of the page, e.g. to look for a message. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Runs the action and waits for Chromium to receive the response to a request whose URL ends
   * with {@code urlEnd}; fails at once with the status when it is another one.
   */
  private void awaitResponse(String urlEnd, int status, Runnable action) {
    driver.manage().logs().get(LogType.PERFORMANCE); // forget the requests before the action
    action.run();
    int received = waitFor(driver, "a response to " + urlEnd).until(browser ->
        browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
            .map(entry -> responseStatus(entry, urlEnd))
            .flatMap(Optional::stream)
            .findFirst()
            .orElse(null));
    if (received != status) {
      throw new AssertionError("Tasklist's request to " + urlEnd + " got " + received + ", expected " + status);
    }
  }

  private Optional<Integer> responseStatus(LogEntry entry, String urlEnd) {
    try {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      JsonNode response = message.path("params").path("response");
      return "Network.responseReceived".equals(message.path("method").asText())
          && response.path("url").asText().endsWith(urlEnd)
          ? Optional.of(response.path("status").asInt())
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The first element whose text starts with {@code text}; null (wait on) when there is none. */
  static WebElement startingWith(List<WebElement> elements, String text) {
    return elements.stream()
        .filter(element -> element.getText().trim().startsWith(text))
        .findFirst()
        .orElse(null);
  }

  /** A wait that names what it waited for when it times out. */
  static FluentWait<WebDriver> waitFor(WebDriver driver, String what) {
    return new WebDriverWait(driver, TIMEOUT).withMessage(what);
  }
}
