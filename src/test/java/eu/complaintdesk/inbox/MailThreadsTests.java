package eu.complaintdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which complaint a mail answers: by our Message-IDs first, then the reference in subject or text. */
class MailThreadsTests {

  private final MailThreads threads = new MailThreads("complaint-desk.local");

  @Test
  void byInReplyTo_orReferences_toOneOfOurMessageIds() {
    InboundMail reply = mail(List.of("<abc@customer.example>", "<CMP-2026-000123.solution-options.2@complaint-desk.local>"),
        "Re: something", "no reference here");

    assertThat(threads.match(reply)).contains(new MailThreads.Match("CMP-2026-000123", MailThreads.By.THREAD));
  }

  @Test
  void aMessageIdOfOurShape_atAnotherDomain_doesNotThread() {
    InboundMail reply = mail(List.of("<CMP-2026-000999.acknowledgement.1@evil.example>"), "Hello", "nothing");

    assertThat(threads.match(reply)).isEmpty();
  }

  @Test
  void bySubject_thenByText() {
    assertThat(threads.match(mail(List.of(), "Re: Your complaint CMP-2026-000042: we need more", "x")))
        .contains(new MailThreads.Match("CMP-2026-000042", MailThreads.By.SUBJECT));
    assertThat(threads.match(mail(List.of(), "Hello", "About CMP-2026-000043, the kettle")))
        .contains(new MailThreads.Match("CMP-2026-000043", MailThreads.By.TEXT));
    assertThat(threads.match(mail(List.of(), "Hello", "My kettle broke"))).isEmpty();
  }

  private static InboundMail mail(List<String> threadIds, String subject, String text) {
    return new InboundMail("id:x", "<x@customer.example>", "jana@example.org", "Jana", subject, threadIds, text,
        Map.of(), false, List.of());
  }
}
