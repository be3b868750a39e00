package eu.complaintdesk.communication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts every mail the desk hands to the mail server, by kind and outcome, in
 * {@code complaintdesk_mails_total{kind, outcome="sent"|"failed"}}: each attempt, so a mail that
 * fails three times and then goes out counts three failures and one sent.
 *
 * <p>Counted here, where the SMTP conversation happens, rather than from the engine's job log: the
 * staff notices are task listeners' timer jobs and not the mail tasks; a send that left and was then
 * rolled back is a sent mail all the same (the job log would say failed); and counting the job log
 * per kind would be a query over {@code ACT_HI_JOB_LOG} by activity, which has no index for it.
 * Per node and since its start, as Prometheus counters are.
 */
@Component
class MailCounters {

  static final String METRIC = "complaintdesk.mails";

  private final Map<String, Counter> sent = new HashMap<>();
  private final Map<String, Counter> failed = new HashMap<>();

  MailCounters(MeterRegistry registry) {
    for (MailKind kind : MailKind.values()) {
      register(registry, kind.templateName());
    }
    register(registry, CommunicationEntry.KIND_STAFF_NOTICE);
  }

  private void register(MeterRegistry registry, String kind) {
    sent.put(kind, counter(registry, kind, "sent"));
    failed.put(kind, counter(registry, kind, "failed"));
  }

  private static Counter counter(MeterRegistry registry, String kind, String outcome) {
    return Counter.builder(METRIC)
        .description("Mails handed to the mail server (sent) and attempts that failed, by kind")
        .baseUnit("mails")
        .tag("kind", kind)
        .tag("outcome", outcome)
        .register(registry);
  }

  /** The mail server took a mail of this kind ({@code MailKind#templateName()} or staff-notice). */
  void sent(String kind) {
    sent.get(kind).increment();
  }

  /** A mail of this kind could not be written or sent. */
  void failed(String kind) {
    failed.get(kind).increment();
  }
}
