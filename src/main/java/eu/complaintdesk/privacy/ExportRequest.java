package eu.complaintdesk.privacy;

import eu.complaintdesk.complaint.Intake;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What a data-protection officer asks to export: every complaint of an e-mail address, or one
 * complaint by its reference; exactly one of the two, checked with the intake's own rules for an
 * address and a reference.
 */
record ExportRequest(String email, String reference) {

  /** @throws PrivacyRefused 400 for neither or both, a malformed address or reference */
  static ExportRequest of(String email, String reference) {
    boolean byEmail = email != null && !email.isBlank();
    boolean byReference = reference != null && !reference.isBlank();
    if (byEmail == byReference) {
      throw new PrivacyRefused(HttpStatus.BAD_REQUEST,
          "Give either email (every complaint of that address) or reference (one complaint), not both.");
    }
    if (byEmail && !Intake.EMAIL.matcher(email.strip()).matches()) {
      throw new PrivacyRefused(HttpStatus.BAD_REQUEST, "'" + email.strip() + "' is not an e-mail address.");
    }
    if (byReference) {
      return new ExportRequest(null, reference(reference));
    }
    return new ExportRequest(email.strip(), null);
  }

  /**
   * The reference, checked.
   *
   * @throws PrivacyRefused 400 for anything but a reference as the desk hands them out
   */
  static String reference(String reference) {
    String given = reference.strip();
    if (!Intake.REFERENCE.matcher(given).matches()) {
      throw new PrivacyRefused(HttpStatus.BAD_REQUEST,
          "'" + given + "' is not a complaint reference (CMP-2026-000123).");
    }
    return given;
  }

  /** The request as the archive's {@code export.json} names it. */
  Map<String, String> asMap() {
    Map<String, String> asked = new LinkedHashMap<>();
    if (email != null) {
      asked.put("email", email);
    } else {
      asked.put("reference", reference);
    }
    return asked;
  }
}
