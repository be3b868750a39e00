package eu.complaintdesk.customer;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps our own tables of the web side small: the marks of used links whose tokens have expired,
 * and idempotency keys older than {@code complaint-desk.api.idempotency-key-retention} (default
 * {@code P7D}: integrations retry within minutes or hours, not weeks). Runs daily at
 * {@code complaint-desk.housekeeping.cron} (default 03:17 in the server's zone; {@code -} switches
 * it off). Every node of a cluster runs it: each step is one conditional DELETE, idempotent, so two
 * nodes at the same moment delete the same rows once and neither fails; no lock is needed.
 */
@Component
class Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  private final UsedLinks usedLinks;
  private final IdempotencyKeys idempotencyKeys;
  private final LinkTokens tokens;
  private final Duration keyRetention;

  Housekeeping(UsedLinks usedLinks, IdempotencyKeys idempotencyKeys, LinkTokens tokens,
      @Value("${complaint-desk.api.idempotency-key-retention:P7D}") Duration keyRetention) {
    this.usedLinks = usedLinks;
    this.idempotencyKeys = idempotencyKeys;
    this.tokens = tokens;
    this.keyRetention = keyRetention;
  }

  /** What one run deleted. */
  record Purged(int usedLinks, int idempotencyKeys) {
  }

  @Scheduled(cron = "${complaint-desk.housekeeping.cron:0 17 3 * * *}")
  Purged purge() {
    // Tokens expire by the engine's clock; idempotency keys are stamped by the system clock.
    Purged purged = new Purged(usedLinks.purgeExpired(ClockUtil.getCurrentTime().toInstant(), tokens.validity()),
        idempotencyKeys.purgeOlderThan(Instant.now().minus(keyRetention)));
    LOG.info("Housekeeping deleted {} marks of expired links and {} idempotency keys older than {}",
        purged.usedLinks(), purged.idempotencyKeys(), keyRetention);
    return purged;
  }
}
