package eu.complaintdesk.inbox;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score (1 to 5) in a reply to the survey, and the rest as the comment: "5", "4/5", "4 out of 5",
 * "ocena 4", "ocenjujem s 4", "4 od 5", "оценка 5", "5 от 5", "3 stars", "5 zvezdic", "4 звезди", a
 * reply that begins with its score ("5 - very good"). A reply naming no score or two is unclear
 * and goes to an agent: a score read wrongly would skip the win-back a low score calls for.
 */
final class ScoreReader {

  /** The score and the customer's other words (null when there are none). */
  record Feedback(int score, String comment) {
  }

  private static final String SCORE_WORD = "(?:score|rating|rate|grade|mark|ocena|oceno|ocenjujem|ocenil|ocenila|"
      + "оценка|оценявам|оценката|давам)";
  private static final Pattern PATTERNS = Pattern.compile(String.join("|",
      "(?<![\\d.,])([1-5])\\s*(?:/|out of|od|от|из)\\s*5(?!\\d|[.,]\\d)",
      SCORE_WORD + "\\s*(?:is|je|е|:|=|s|z|with|with a|na)?\\s*:?\\s*([1-5])(?!\\d|[.,]\\d)",
      "(?<![\\d.,])([1-5])\\s*(?:stars?|zvezdic[ae]?|zvezd[ae]?|звезд[аи]?)",
      "^\\s*([1-5])(?!\\d|[.,]\\d)(?:\\s*[-–—:.!,)]|\\s*$|\\s+\\p{L})"),
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
  /** A number from 1 to 5 standing alone: outside the score found, it makes the reply unclear ("4 or 5"). */
  private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![\\d.,])[1-5](?!\\d|[.,]\\d)");

  private ScoreReader() {
  }

  static Optional<Feedback> read(String reply) {
    if (reply == null || reply.isBlank()) {
      return Optional.empty();
    }
    Set<Integer> scores = new LinkedHashSet<>();
    Matcher found = PATTERNS.matcher(reply);
    int start = -1;
    int end = -1;
    while (found.find()) {
      for (int group = 1; group <= found.groupCount(); group++) {
        if (found.group(group) != null) {
          scores.add(Integer.parseInt(found.group(group)));
        }
      }
      if (start < 0) {
        start = found.start();
        end = found.end();
      }
    }
    String rest = scores.isEmpty() ? reply : PATTERNS.matcher(reply).replaceAll(" ");
    if (scores.size() != 1 || OTHER_NUMBER.matcher(rest).find()) {
      return Optional.empty();
    }
    String comment = (reply.substring(0, start) + " " + reply.substring(end)).replaceAll("[ \\t]+", " ")
        .replaceAll(" ([.,!?;])", "$1").strip().replaceFirst("^[-–—:.!,)\\s]+", "").strip();
    if (comment.codePoints().noneMatch(Character::isLetter)) {
      comment = "";
    }
    return Optional.of(new Feedback(scores.iterator().next(), comment.isEmpty() ? null : comment));
  }
}
