package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mail no person wrote: it never opens a complaint, answers a question or gets a mail back. */
class AutomaticMailsTests {

  private static final MailThreads THREADS = new MailThreads("complaint-desk.local");
  private static final String US = "complaints@complaint-desk.local";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "auto-submitted, auto-replied",
      "auto-submitted, auto-generated",
      "precedence, bulk",
      "precedence, junk",
      "precedence, list",
      "x-autoreply, yes",
      "list-id, <news.shop.example>"})
  void byHeader(String header, String value) {
    assertThat(AutomaticMails.why(mail("jana@example.org", "Hello", Map.of(header, value)), THREADS, US)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Out of Office: Your complaint CMP-2026-000001", "Automatic reply: Re: your complaint",
      "Samodejni odgovor: Vaša pritožba", "Odsoten/-na: Re: pritožba", "Автоматичен отговор: Вашата жалба"})
  void byOutOfOfficeSubject(String subject) {
    assertThat(AutomaticMails.why(mail("jana@example.org", subject, Map.of()), THREADS, US)).isNotNull();
  }

  @Test
  void ourOwnMail_comeBack() {
    assertThat(AutomaticMails.why(mail("Complaints@Complaint-Desk.local", "Your complaint", Map.of()), THREADS, US))
        .isEqualTo("one of our own mails");
  }

  @Test
  void aPersonsMail_isNot() {
    assertThat(AutomaticMails.why(mail("jana@example.org", "Re: Your complaint", Map.of("auto-submitted", "no")),
        THREADS, US)).isNull();
  }

  private static InboundMail mail(String from, String subject, Map<String, String> headers) {
    return new InboundMail("id:x", "<x@customer.example>", from, null, subject, List.of(), "text", headers, false,
        List.of());
  }
}
