package eu.complaintdesk.customer;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * How many complaints one client may submit on the web form: a token bucket per client address
 * (Bucket4j), refilled gradually over the configured time. The buckets live in this node's memory,
 * in a bounded cache (Caffeine) that forgets a client once its bucket would be full again, so a
 * flood of addresses cannot fill the heap. The buckets read the engine's clock, the desk's one
 * clock that tests move instead of waiting.
 */
@Component
class SubmissionLimit {

  /** More clients than this at once are beyond a complaints desk; the least recent are forgotten. */
  private static final int CLIENTS_REMEMBERED = 100_000;

  private static final TimeMeter ENGINE_CLOCK = new TimeMeter() {
    @Override
    public long currentTimeNanos() {
      return TimeUnit.MILLISECONDS.toNanos(ClockUtil.getCurrentTime().getTime());
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  };

  private final LoadingCache<String, Bucket> buckets;

  SubmissionLimit(WebFormProperties properties) {
    int submissions = properties.webForm().submissions();
    Duration per = properties.webForm().per();
    buckets = Caffeine.newBuilder().maximumSize(CLIENTS_REMEMBERED).expireAfterAccess(per)
        .build(client -> Bucket.builder()
            .addLimit(limit -> limit.capacity(submissions).refillGreedy(submissions, per))
            .withCustomTimePrecision(ENGINE_CLOCK)
            .build());
  }

  /**
   * Takes one submission of the client's allowance: empty when it may submit, else how many whole
   * seconds it must wait (for {@code Retry-After}).
   */
  OptionalLong take(String client) {
    ConsumptionProbe probe = buckets.get(client).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999)));
  }
}
