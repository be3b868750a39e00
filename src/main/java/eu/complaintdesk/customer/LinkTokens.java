package eu.complaintdesk.customer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies the tokens in the links of our mails. A token carries its purpose, the
 * complaint reference, its expiry, a random id and, for a link that answers one numbered request,
 * that number, signed with HMAC-SHA256 under a secret from
 * configuration: nobody without the secret can make one, and changing one character breaks it.
 *
 * <p>Time is the engine's clock, so that tests drive expiry as they drive the process timers.
 * Without a configured secret the default run makes one up at start-up (links then die with a
 * restart, fine for a demo); the postgres profile refuses to start, because there a restart must
 * not break every link already mailed to customers.
 */
@Component
class LinkTokens {

  static final String SECRET = "complaint-desk.links.secret";
  static final String VALIDITY = "complaint-desk.links.validity";
  static final int MINIMUM_SECRET_LENGTH = 32;

  private static final Logger LOG = LoggerFactory.getLogger(LinkTokens.class);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final Duration validity;

  LinkTokens(Environment environment) {
    String secret = environment.getProperty(SECRET, "");
    if (environment.acceptsProfiles(Profiles.of("postgres"))) {
      String problem = problemWith(secret);
      if (problem != null) {
        throw new LinkSecretMissingException(problem);
      }
    } else if (secret.isBlank()) {
      LOG.warn("No {} set: links in mails are signed with a secret made up for this run only", SECRET);
      secret = ENCODER.encodeToString(randomBytes(32));
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.validity = Duration.parse(environment.getProperty(VALIDITY, "P30D"));
  }

  /** Why the postgres profile refuses this secret, or null when it is acceptable. */
  static String problemWith(String secret) {
    if (secret == null || secret.isBlank()) {
      return "LINKS_SECRET is not set: the postgres profile needs a secret to sign the links in customer mails.";
    }
    if (secret.length() < MINIMUM_SECRET_LENGTH) {
      return "LINKS_SECRET is shorter than " + MINIMUM_SECRET_LENGTH + " characters.";
    }
    return null;
  }

  /** A new token for this purpose and complaint, valid for the configured time from now. */
  String issue(LinkPurpose purpose, String reference) {
    return issue(purpose, reference, 0);
  }

  /** The same, bound to the complaint's request numbered {@code request} (none when 0). */
  String issue(LinkPurpose purpose, String reference, int request) {
    Instant expiresAt = ClockUtil.getCurrentTime().toInstant().plus(validity);
    String id = ENCODER.encodeToString(randomBytes(12));
    String payload = String.join("|", id, purpose.word(), reference, Long.toString(expiresAt.getEpochSecond()))
        + (request > 0 ? "|" + request : "");
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
  }

  /**
   * The link a token stands for, if it is genuine, unexpired and made for {@code expected}.
   *
   * @throws LinkRefused with the reason; the signature is checked before anything else is read
   */
  SignedLink verify(String token, LinkPurpose expected) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 2) {
      throw new LinkRefused(LinkRefused.Reason.MALFORMED, "not a link token");
    }
    byte[] body;
    byte[] signature;
    try {
      body = DECODER.decode(parts[0]);
      signature = DECODER.decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new LinkRefused(LinkRefused.Reason.MALFORMED, "not a link token");
    }
    // Unpadded base64 ignores the spare bits of its last character: a token changed there decodes
    // to the same bytes, and must still count as changed.
    boolean canonical = ENCODER.encodeToString(body).equals(parts[0]) && ENCODER.encodeToString(signature).equals(parts[1]);
    if (!canonical || !MessageDigest.isEqual(sign(body), signature)) {
      throw new LinkRefused(LinkRefused.Reason.FORGED, "the signature does not match");
    }
    String[] fields = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
    LinkPurpose purpose = fields.length == 4 || fields.length == 5 ? LinkPurpose.fromWord(fields[1]) : null;
    if (purpose == null || (fields.length == 5 && !fields[4].matches("[1-9][0-9]{0,8}"))) {
      throw new LinkRefused(LinkRefused.Reason.MALFORMED, "a signed token we cannot read");
    }
    if (purpose != expected) {
      throw new LinkRefused(LinkRefused.Reason.WRONG_PURPOSE, "made for " + purpose.word() + ", used for " + expected.word());
    }
    Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
    if (!ClockUtil.getCurrentTime().toInstant().isBefore(expiresAt)) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED, "expired at " + expiresAt);
    }
    return new SignedLink(fields[0], purpose, fields[2], expiresAt, fields.length == 5 ? Integer.parseInt(fields[4]) : 0);
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
