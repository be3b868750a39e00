package eu.complaintdesk.inbox;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of a mail that opens a complaint, among those the desk writes (en, sl, bg): Cyrillic
 * is Bulgarian, Slovenian letters (č, š, ž) or common Slovenian words make it Slovenian, anything
 * else English. A simple, tested rule rather than a language-detection library: three languages
 * with different scripts and letters need no statistics, and a wrong guess only changes the
 * language of the mails, which an agent can correct in the complaint.
 */
final class Languages {

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+", Pattern.UNICODE_CASE);
  private static final Set<String> SLOVENIAN = Set.of("je", "in", "sem", "ki", "se", "da", "za", "pri", "ni",
      "nisem", "bil", "bila", "smo", "ste", "vas", "vam", "prosim", "hvala", "lep", "pozdrav", "reklamacija",
      "reklamacijo", "izdelek", "kupil", "kupila", "denar", "tudi", "samo", "zelo", "ker", "sta", "kot");
  private static final Set<String> ENGLISH = Set.of("the", "and", "is", "my", "to", "of", "it", "was", "have",
      "please", "thank", "thanks", "you", "your", "with", "for", "this", "not", "bought", "broken");

  private Languages() {
  }

  static String of(String text) {
    if (text == null || text.isBlank()) {
      return "en";
    }
    long letters = text.codePoints().filter(Character::isLetter).count();
    long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
        .count();
    if (letters > 0 && cyrillic * 2 > letters) {
      return "bg";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.chars().anyMatch(c -> c == 'č' || c == 'š' || c == 'ž')) {
      return "sl";
    }
    long slovenian = WORD.matcher(lower).results().map(m -> m.group()).filter(SLOVENIAN::contains).count();
    long english = WORD.matcher(lower).results().map(m -> m.group()).filter(ENGLISH::contains).count();
    return slovenian > english ? "sl" : "en";
  }
}
