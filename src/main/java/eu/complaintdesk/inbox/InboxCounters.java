package eu.complaintdesk.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what each mail of the complaints mailbox did, in
 * {@code complaintdesk_inbound_mails_total{outcome}}: the {@link InboundMails.Outcome#kind()}
 * ({@code newComplaint}, {@code toAgent:unclear}, {@code automatic}, {@code bounce}, the message an
 * answer woke ...) or {@code quarantined}. {@link InboxPoller} counts only after the transaction
 * that claimed the mail has committed: an effect rolled back is no outcome, the mail then counts
 * once as quarantined, and a mail another node dealt with counts on that node alone. Per node and
 * since its start, as Prometheus counters are; the kinds are few and fixed by the code, so the tag
 * stays small.
 */
class InboxCounters {

  static final String METRIC = "complaintdesk.inbound.mails";
  static final String QUARANTINED = "quarantined";

  private final MeterRegistry registry;

  InboxCounters(MeterRegistry registry) {
    this.registry = registry;
    // Shown from the start, so that a rate over "quarantined" is 0 rather than absent.
    counter(QUARANTINED);
  }

  /** A mail's effect, of this kind, has committed (or its quarantine has). */
  void dealtWith(String outcome) {
    counter(outcome).increment();
  }

  private Counter counter(String outcome) {
    return Counter.builder(METRIC)
        .description("Mails read from the complaints mailbox, by what they did once committed")
        .baseUnit("mails")
        .tag("outcome", outcome)
        .register(registry);
  }
}
