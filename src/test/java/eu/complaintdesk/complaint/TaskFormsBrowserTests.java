package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every Camunda Form of the diagram as the real Tasklist 7.24 renders it with form-js 1.8, in
 * headless Chromium: the start form and the form of every user task. The tasks are read from the
 * diagram, so a new one cannot be left out; each is opened by the user its candidate group names.
 * A form passes when form-js rendered it, Tasklist shows no error, every field that no condition
 * can hide is on the page with its label, and every such read-only field shows a value. A
 * component newer than form-js 1.8 deploys fine and only fails here ("Form failure: form field of
 * type &lt;filepicker&gt; not supported"); a read-only field fed by a variable the task cannot see
 * is only noticed here.
 *
 * <p>One browser for the class, one login per user: the tasks are ordered by user. A failed test
 * leaves a screenshot in target/browser-screenshots.
 */
@ComplaintDeskTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskFormsBrowserTests {

  private static final Path DIAGRAM = Path.of("processes", "complaint-handling.bpmn");
  private static final Path FORMS = Path.of("forms");
  private static final String PROCESS_NAME = "Complaint handling";
  private static final String KEEP_EVERY_PROMISE = "keepEveryPromise#multiInstanceBody";
  /** The day promise 1 is due: a week ahead, so that its timer fires (at closing time) only when a test fires it. */
  private static final LocalDate PROMISED_DAY = LocalDate.now(DESK).plusDays(7);
  /** The demo user who works the tasks of each candidate group; demo passwords are the user names. */
  private static final Map<String, String> USER_OF_GROUP = Map.of("agents", "anna", "managers", "mary");
  /** The order in which the users' tasks are tested, so that each user logs in once. */
  private static final List<String> USERS = List.of("anna", "mary");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who is logged in to Tasklist in the browser, so that the next test logs in only for another user. */
  private static String loggedIn;

  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  TasklistPage tasklist;

  @AfterAll
  static void forgetLogin() {
    loggedIn = null;
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @BeforeEach
  void openTasklist() {
    BpmnAwareTests.init(processEngine);
    tasklist = new TasklistPage(BROWSER.driver(), port);
  }

  /** Every user task of the diagram, with the demo user of its candidate group, ordered by user. */
  static Stream<Arguments> userTasks() {
    Collection<UserTask> tasks = diagram().getModelElementsByType(UserTask.class);
    assertThat(tasks).as("user tasks in %s", DIAGRAM).isNotEmpty();
    return tasks.stream()
        .map(task -> arguments(task.getId(), userFor(task)))
        .sorted(Comparator.comparing(task -> USERS.indexOf((String) task.get()[1])));
  }

  @Test
  @Order(1)
  void startFormRendersInTasklist() {
    StartEvent start = diagram().getModelElementsByType(StartEvent.class).stream()
        .filter(event -> event.getCamundaFormRef() != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No start event of " + DIAGRAM + " has a form"));
    logInAs("anna");

    CamundaForm form = tasklist.startProcess(PROCESS_NAME);

    assertRendered(form, form(start.getCamundaFormRef()), "start event " + start.getId());
    tasklist.closeStartDialog();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("userTasks")
  @Order(2)
  void everyTaskFormRendersInTasklist(String taskKey, String user) {
    // Given a complaint at that step, and its task's form as the analysts saved it
    UserTask userTask = diagram().getModelElementById(taskKey);
    assertThat(userTask.getCamundaFormRef()).as("form of %s", taskKey).isNotNull();
    JsonNode formFile = form(userTask.getCamundaFormRef());
    Task task = complaintAt(taskKey).task(taskKey);

    // When the user of its group opens the task in Tasklist
    logInAs(user);
    CamundaForm form = tasklist.openTaskByAddress(task.getId(), task.getName());

    // Then form-js rendered the form, with every field that no condition hides, and no error
    assertRendered(form, formFile, "task " + taskKey);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"offerSolution", "makePromise"})
  @Order(3)
  void whatTheCustomerWroteOnTheChoicePage_isShownInTheNextStepsForm(String taskKey) {
    // Given the customer wrote on the choice page (why none suits, or a remark with the choice)
    Task task = ComplaintScenario.startAt(taskKey, recordedSoFar()
        .putValue(ProcessConstants.VAR_CHOICE_COMMENT, "I need the visit redone, not money."), mailServer).task(taskKey);

    // When the agent opens the task
    logInAs("anna");
    CamundaForm form = tasklist.openTaskByAddress(task.getId(), task.getName());

    // Then the form shows it
    assertThat(form.showsField(ProcessConstants.VAR_CHOICE_COMMENT, "textarea")).isTrue();
    assertThat(form.text()).contains("from the choice page");
    assertThat(form.showsValue(ProcessConstants.VAR_CHOICE_COMMENT, "textarea")).isTrue();
  }

  @Test
  @Order(4)
  void theQuarantinedMailsFormRendersInTasklist() {
    // Given a mail the inbox put in quarantine (processes/quarantined-mail.bpmn)
    String mail = processEngine.getRuntimeService().startProcessInstanceByKey(ProcessConstants.PROCESS_QUARANTINED_MAIL,
        Variables.createVariables().putValue(ProcessConstants.VAR_MAIL_FROM, "Jana Novak <jana@example.org>")
            .putValue(ProcessConstants.VAR_MAIL_SUBJECT, "Photos").putValue(ProcessConstants.VAR_MAIL_FOLDER, "Quarantine")
            .putValue(ProcessConstants.VAR_MAIL_MESSAGE_ID, "<zip@example.org>")
            .putValue(ProcessConstants.VAR_QUARANTINE_REASON, "attachment photos.zip is an archive")).getId();
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(mail).singleResult();
    try {
      // When a manager opens its task, then form-js rendered it with every value
      logInAs("mary");
      CamundaForm form = tasklist.openTaskByAddress(task.getId(), task.getName());
      assertRendered(form, form("check-quarantined-mail"), "task " + task.getTaskDefinitionKey());
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(mail, "test over");
    }
  }

  /**
   * A complaint whose open tasks include {@code taskKey}, reached as the process reaches it where a
   * shortcut would skip what the form shows: a promise is kept inside "Keep every promise", which
   * runs once per promise made and maps that promise into the task, so the complaint starts at its
   * multi-instance body (before the subprocess itself there would be no promise number); a broken
   * promise comes from the promise's timer.
   */
  private ComplaintScenario complaintAt(String taskKey) {
    return switch (taskKey) {
      case "keepPromise" -> ComplaintScenario.startAt(KEEP_EVERY_PROMISE, recordedSoFar(), mailServer);
      case "resolveBrokenPromise" -> ComplaintScenario.startAt(KEEP_EVERY_PROMISE, recordedSoFar(), mailServer)
          .fireTimer("promiseDue", Date.from(PROMISED_DAY.atTime(17, 0).atZone(DESK).toInstant()));
      default -> ComplaintScenario.startAt(taskKey, recordedSoFar(), mailServer);
    };
  }

  /** What the earlier steps have recorded, so that the read-only fields show something, as they would. */
  private static VariableMap recordedSoFar() {
    return Variables.createVariables()
        .putValue(ProcessConstants.VAR_CUSTOMER_ACCOUNT, "The technician did not come on the agreed day.")
        .putValue(ProcessConstants.VAR_DESIRED_OUTCOME, "A new appointment and the call-out fee back.")
        .putValue("option1Type", "refund")
        .putValue("option1Amount", 40.0)
        .putValue("option1Description", "The call-out fee of 40 EUR back.")
        .putValue(ProcessConstants.VAR_CHOSEN_OPTION, "option1")
        .putValue("promise1Description", "A technician visits on the new day.")
        .putValue("promise1Due", PROMISED_DAY.toString())
        .putValue(ProcessConstants.VAR_FEEDBACK_SCORE, 2)
        .putValue(ProcessConstants.VAR_FEEDBACK_COMMENT, "Nobody told me anything.")
        // The mail that "Read the customer's message" shows (CustomerMessageReceived carries it).
        .putValue(ProcessConstants.VAR_INBOUND_MAIL_FROM, "Jana Novak <jana@example.org>")
        .putValue(ProcessConstants.VAR_INBOUND_MAIL_SUBJECT, "Re: Your complaint")
        .putValue(ProcessConstants.VAR_INBOUND_MAIL_TEXT, "I also have a photo of the receipt.")
        .putValue(ProcessConstants.VAR_INBOUND_MAIL_REASON, ProcessConstants.MAIL_REASON_NOT_WAITING);
  }

  /**
   * Form-js rendered the form file's form, Tasklist shows no error, and every field that no
   * condition can hide is there with its label; a read-only field shows a value, since it exists to
   * show what an earlier step recorded.
   */
  private void assertRendered(CamundaForm form, JsonNode formFile, String where) {
    String name = formFile.path("id").asText() + " (" + where + ")";
    assertThat(tasklist.failures()).as("Tasklist's errors with form %s", name).isEmpty();
    assertThat(tasklist.text()).as("page with form %s", name)
        .doesNotContain("Form failure", "not supported", "form field of type");
    assertThat(form.isShown()).as("form-js rendered form %s", name).isTrue();
    List<Field> fields = fields(formFile);
    assertThat(fields).as("fields of form %s", name).isNotEmpty();
    String text = form.text();
    for (Field field : fields) {
      if (!field.conditional()) {
        assertThat(form.showsField(field.key(), field.type()))
            .as("form %s shows %s field %s", name, field.type(), field.key()).isTrue();
        assertThat(text).as("form %s labels field %s", name, field.key()).contains(field.label());
        if (field.readOnly()) {
          assertThat(form.showsValue(field.key(), field.type()))
              .as("form %s shows a value in read-only field %s", name, field.key()).isTrue();
        }
      }
    }
  }

  /**
   * A field of a form file: a component with a key; whether a condition on it or on a group around
   * it can hide it; whether it only shows what earlier steps recorded.
   */
  record Field(String key, String type, String label, boolean conditional, boolean readOnly) {
  }

  private static List<Field> fields(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), false, fields);
    return fields;
  }

  private static void collect(JsonNode components, boolean insideConditional, List<Field> fields) {
    for (JsonNode component : components) {
      boolean conditional = insideConditional || component.has("conditional");
      if (component.hasNonNull("key")) {
        String type = component.path("type").asText();
        String label = component.path("datetime".equals(type) ? "dateLabel" : "label").asText();
        fields.add(new Field(component.path("key").asText(), type, label, conditional,
            component.path("readonly").asBoolean()));
      }
      collect(component.path("components"), conditional, fields);
    }
  }

  private void logInAs(String user) {
    if (!user.equals(loggedIn)) {
      loggedIn = null; // until the login succeeded
      tasklist.logInAs(user, user);
      loggedIn = user;
    }
  }

  private static BpmnModelInstance diagram() {
    return Bpmn.readModelFromFile(DIAGRAM.toFile());
  }

  private static String userFor(UserTask task) {
    List<String> groups = task.getCamundaCandidateGroupsList();
    return groups.stream()
        .filter(USER_OF_GROUP::containsKey)
        .map(USER_OF_GROUP::get)
        .findFirst()
        .orElseThrow(() -> new AssertionError("User task " + task.getId() + " has no candidate group with a demo user: "
            + groups + "; add the group to USER_OF_GROUP"));
  }

  /** The form file whose id is {@code formRef}. */
  private static JsonNode form(String formRef) {
    Map<String, JsonNode> forms = forms();
    assertThat(forms).as("forms in %s", FORMS).containsKey(formRef);
    return forms.get(formRef);
  }

  private static Map<String, JsonNode> forms() {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(file -> file.toString().endsWith(".form"))
          .map(TaskFormsBrowserTests::read)
          .collect(Collectors.toMap(form -> form.path("id").asText(), Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
