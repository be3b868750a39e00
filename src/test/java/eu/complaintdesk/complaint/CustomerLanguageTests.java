package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.ComplaintScenario.body;
import static eu.complaintdesk.complaint.ComplaintScenario.clockAt;
import static eu.complaintdesk.complaint.ComplaintScenario.intake;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.ProcessConstants;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language of a complaint ({@code customerLanguage}, as intake takes it) reaches the customer:
 * the acknowledgement goes out through the process and the real SMTP server in that language,
 * with its deadline written the language's way. What happened before: a customer who asked for
 * Slovenian got English mails.
 */
@ComplaintDeskTest
class CustomerLanguageTests {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  GreenMail mailServer;

  private final List<ComplaintScenario> started = new ArrayList<>();

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void cleanUp() {
    started.forEach(ComplaintScenario::discard);
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sl | Vaša pritožba {0}: prejeli smo jo | Spoštovani Jana Novak, "
          + "| Odgovorili Vam bomo najpozneje v tem roku: ponedeljek, 9. marec 2026 ob 13:00.",
      "bg | Вашата жалба {0}: получихме я     | Уважаеми/а Jana Novak, "
          + "| Ще се свържем с Вас най-късно до понеделник, 9 март 2026 г. в 13:00 ч.",
      "en | Your complaint {0}: we have received it | Dear Jana Novak, "
          + "| You will hear from us by Monday, 9 March 2026 at 13:00 at the latest."})
  void complaintInALanguage_isAcknowledgedInIt(String language, String subject, String greeting,
      String deadline) throws Exception {
    // Given a complaint received on Monday 9 March 2026 at 9:00 from a customer of that language
    clockAt("2026-03-09T09:00");
    ComplaintScenario complaint = ComplaintScenario.start(intake("customer-" + UUID.randomUUID() + "@example.org")
        .putValue(ProcessConstants.VAR_CUSTOMER_LANGUAGE, language), mailServer);
    started.add(complaint);

    // When its acknowledgement job runs
    complaint.run("sendAcknowledgementEmail");

    // Then the customer's one mail is written in that language and says so
    assertThat(complaint.mailsWith(complaint.reference())).hasSize(1);
    MimeMessage mail = complaint.mailsWith(complaint.reference()).get(0);
    assertThat(mail.getSubject()).isEqualTo(subject.replace("{0}", complaint.reference()));
    assertThat(body(mail)).contains(greeting, deadline);
    assertThat(mail.getHeader("Content-Language", ",")).isEqualTo(language);
  }
}
