package eu.complaintdesk.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply: what the customer wrote above the mail they answer. It cuts at the line
 * a mail program writes before the quoted mail ("On … wrote:", Slovenian "Dne … je … napisal(a):",
 * "V pon., … je oseba … napisala:", Bulgarian "На … написа:", possibly broken over two lines), at
 * Outlook's header block ("-----Original Message-----", "From: … Sent: …" in the three
 * languages), at a signature ("-- ") and drops {@code >} quoting. Hand-written: the Java libraries
 * for this know English mail programs only.
 */
final class ReplyText {

  private static final Pattern ATTRIBUTION = Pattern.compile(
      "^(on|dne|v|na|на|am|le)\\s.{3,300}(wrote|napisal|napisala|napisal\\(a\\)|napisalo|pisal|pisala|написа|написал"
          + "|написала|schrieb|a écrit)\\s*:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
      "^-{2,}\\s*(original message|izvirno sporočilo|originalno sporočilo|оригинално съобщение|"
          + "forwarded message|posredovano sporočilo|препратено съобщение)\\s*-{2,}\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(from|od|от|pošiljatelj)\\s*:\\*?\\s.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HEADER_SENT = Pattern.compile(
      "^\\*?(sent|date|poslano|datum|изпратено|дата|to|za|до|subject|zadeva|относно)\\s*:\\*?\\s.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RULE = Pattern.compile("^_{10,}\\s*$");

  private ReplyText() {
  }

  static String newPart(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (lines[i].equals("-- ") || line.equals("--") || isHistory(lines, i)) {
        break;
      }
      if (!line.startsWith(">")) {
        kept.add(lines[i].stripTrailing());
      }
    }
    return String.join("\n", kept).strip();
  }

  private static boolean isHistory(String[] lines, int i) {
    String line = lines[i].strip();
    String withNext = i + 1 < lines.length ? line + " " + lines[i + 1].strip() : line;
    if (ATTRIBUTION.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
      return true;
    }
    if (line.length() > 2 && line.length() < 200 && ATTRIBUTION.matcher(withNext).matches()) {
      return true;
    }
    if (RULE.matcher(line).matches() && i + 1 < lines.length && HEADER_FROM.matcher(lines[i + 1].strip()).matches()) {
      return true;
    }
    // Outlook without a separator: "From: …" followed within two lines by "Sent: …" or "Date: …".
    if (HEADER_FROM.matcher(line).matches()) {
      for (int next = i + 1; next < Math.min(lines.length, i + 3); next++) {
        if (HEADER_SENT.matcher(lines[next].strip()).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
