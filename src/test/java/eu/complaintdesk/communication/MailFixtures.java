package eu.complaintdesk.communication;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.complaintdesk.complaint.FinalResponseProperties;
import eu.complaintdesk.deadline.BusinessCalendar;
import eu.complaintdesk.deadline.BusinessHoursProperties;
import eu.complaintdesk.deadline.Deadlines;
import eu.complaintdesk.deadline.ProcessTimingsProperties;
import eu.complaintdesk.deadline.Promises;
import eu.complaintdesk.system.ComplaintDeskProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import com.icegreen.greenmail.util.ServerSetup;
import eu.complaintdesk.TestEnvironment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mailer as the application wires it (our {@link MailTemplates}, a {@link JavaMailSenderImpl}
 * as Spring Boot configures it from {@code spring.mail.*}), and one complaint's values.
 */
final class MailFixtures {

  /**
   * GreenMail's SMTP on a free port rather than its fixed 3025, so that two builds on one machine
   * (two branches, a developer's and CI's) never meet on the same server.
   */
  static final ServerSetup SMTP = new ServerSetup(TestEnvironment.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");
  static final String FROM = "Complaint Desk <complaints@complaint-desk.local>";
  static final String REFERENCE = "CMP-2026-000123";
  static final String EMAIL = "ziga.cebasek@example.com";
  static final String NAME = "Žiga Čebašek";

  static final Date FIRST_RESPONSE_DUE = at(2026, 12, 7, 11);
  static final String FIRST_RESPONSE_DUE_TEXT = "Monday, 7 December 2026 at 11:00";
  static final Date FINAL_RESPONSE_DUE = at(2027, 1, 15, 16);
  static final String FINAL_RESPONSE_DUE_TEXT = "Friday, 15 January 2027 at 16:00";
  /** As the make-promise form delivers it: a date without time. */
  static final String PROMISE_DUE = "2026-12-14";
  static final String PROMISE_DUE_TEXT = "Monday, 14 December 2026";
  static final String INFORMATION_REQUEST = "A photo of the damaged parcel & the delivery note";
  static final String PROMISE = "We will replace the kettle\nand collect the broken one.";
  static final String HOLDING_REASON = "We are waiting for the report from the courier.";
  static final Date CHOICE_FALLBACK_AT = at(2026, 12, 10, 17);
  static final String CHOICE_FALLBACK_AT_TEXT = "Thursday, 10 December 2026 at 17:00";
  static final String FINDINGS = "The courier left the parcel in the rain.";
  static final String REDRESS = "We sent you a new kettle and refunded the delivery fee.";
  static final FinalResponseProperties FINAL_RESPONSE = FinalResponseProperties.defaults();

  private MailFixtures() {
  }

  static CustomerMailer mailer(int smtpPort) {
    return mailer(smtpPort, new SimpleMeterRegistry());
  }

  /** A mailer that counts its mails in that registry. */
  static CustomerMailer mailer(int smtpPort, MeterRegistry registry) {
    return new CustomerMailer(sender(smtpPort), new MailTemplates(), properties(), ZONE, communicationLog(), null,
        new MailCounters(registry));
  }

  /** Mail counters in a registry of their own, which nobody reads. */
  static MailCounters counters() {
    return new MailCounters(new SimpleMeterRegistry());
  }

  /** The communication log on an H2 database in memory of its own: the mails sent are recorded there. */
  static CommunicationLog communicationLog() {
    return new CommunicationLog(new DriverManagerDataSource(
        "jdbc:h2:mem:mail-fixtures-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
  }

  static JavaMailSenderImpl sender(int smtpPort) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtpPort);
    sender.setDefaultEncoding("UTF-8");
    Properties timeouts = new Properties();
    timeouts.put("mail.smtp.connectiontimeout", "2000");
    timeouts.put("mail.smtp.timeout", "2000");
    sender.setJavaMailProperties(timeouts);
    return sender;
  }

  /** The promises of the make-promise form, due at closing time in Ljubljana. */
  static final Promises PROMISES = new Promises(new Deadlines(
      new BusinessCalendar(BusinessHoursProperties.defaults()), ProcessTimingsProperties.defaults()));

  static ComplaintDeskProperties properties() {
    return properties(new ComplaintDeskProperties.Mail(FROM, false, "Complaint Desk", null));
  }

  static ComplaintDeskProperties properties(ComplaintDeskProperties.Mail mail) {
    return new ComplaintDeskProperties("http://localhost:8080", false,
        new ComplaintDeskProperties.Deployment("classpath:"), mail, java.util.Currency.getInstance("EUR"));
  }

  /** The template values of every kind of mail, named as the process variables. */
  static Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("firstResponseDue", FIRST_RESPONSE_DUE);
    model.put("finalResponseDue", FINAL_RESPONSE_DUE);
    model.put("informationRequest", INFORMATION_REQUEST);
    model.put("solutionOptions", List.of(
        Map.of("number", 1, "type", "refund", "amount", new BigDecimal("49.90"),
            "description", "Back to your card within five days."),
        Map.of("number", 2, "type", "thankYouLetter",
            "description", "A letter from our manager.")));
    model.put("promises", List.of(Map.of("description", PROMISE, "due", PROMISE_DUE)));
    model.put("promiseDescription", PROMISE);
    model.put("promiseDue", PROMISE_DUE);
    model.put("holdingReason", HOLDING_REASON);
    model.put("closingReason", "noReply");
    model.put("choiceFallbackAt", CHOICE_FALLBACK_AT);
    model.put("choiceMadeBy", "default");
    model.put("complaintOutcome", "partlyUpheld");
    model.put("findings", FINDINGS);
    model.put("redress", REDRESS);
    model.putAll(ReferralRights.of(FINAL_RESPONSE));
    return model;
  }

  /** The same complaint as process variables, as the forms and the deadline delegate leave them. */
  static Map<String, Object> processVariables() {
    Map<String, Object> variables = new HashMap<>(model());
    variables.remove("solutionOptions");
    variables.remove("promises");
    variables.remove("promiseDescription");
    variables.remove("promiseDue");
    variables.put("promiseNumber", 1);
    variables.keySet().removeAll(ReferralRights.of(FINAL_RESPONSE).keySet());
    variables.put("promise1Description", PROMISE);
    variables.put("promise1Due", PROMISE_DUE);
    variables.put("customerEmail", EMAIL);
    variables.put("customerName", NAME);
    variables.put("customerLanguage", "en");
    variables.put("complaintReference", REFERENCE);
    variables.put("option1Type", "refund");
    variables.put("option1Amount", 49.9d);
    variables.put("option1Description", "Back to your card within five days.");
    variables.put("addOption2", true);
    variables.put("option2Type", "thankYouLetter");
    variables.put("option2Description", "A letter from our manager.");
    variables.put("managerComment", "Internal: customer was rude on the phone.");
    return variables;
  }

  /**
   * A mail task's execution: {@code getVariable} sees the task's local variables first, then the
   * process's, as in the engine; {@code getVariableLocal} sees the task's only.
   */
  static DelegateExecution execution(Map<String, Object> variables, Map<String, Object> locals) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> {
      String name = call.getArgument(0);
      return locals.containsKey(name) ? locals.get(name) : variables.get(name);
    });
    when(execution.getVariableLocal(anyString()))
        .thenAnswer(call -> locals.get(call.<String>getArgument(0)));
    when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);
    return execution;
  }

  static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant());
  }
}
