package eu.complaintdesk.inbox;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The option a customer chose in a reply to the solution options, in English, Slovenian or
 * Bulgarian: "option 2", "2", "Option #2", "druga možnost", "možnost 2", "variant 2", "вариант 2",
 * "втори", "the second one". Only a reply that names exactly one option counts; "1 or 2", "none of
 * them", a bare amount in a sentence or anything else is unclear and goes to an agent. Hand-written:
 * a few words per language, which no library knows as "which option".
 */
final class ChoiceReader {

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("prva", 1), Map.entry("prvo", 1), Map.entry("prvi", 1), Map.entry("prvega", 1),
      Map.entry("druga", 2), Map.entry("drugo", 2), Map.entry("drugi", 2), Map.entry("drugega", 2),
      Map.entry("tretja", 3), Map.entry("tretje", 3), Map.entry("tretji", 3), Map.entry("tretjega", 3),
      Map.entry("ena", 1), Map.entry("dve", 2), Map.entry("tri", 3),
      Map.entry("първи", 1), Map.entry("първа", 1), Map.entry("първо", 1), Map.entry("първия", 1),
      Map.entry("първият", 1), Map.entry("втори", 2), Map.entry("втора", 2), Map.entry("второ", 2),
      Map.entry("втория", 2), Map.entry("вторият", 2), Map.entry("трети", 3), Map.entry("трета", 3),
      Map.entry("трето", 3), Map.entry("третия", 3), Map.entry("третият", 3),
      Map.entry("едно", 1), Map.entry("две", 2), Map.entry("три", 3));
  private static final String OPTION_WORD = "(?:option|choice|možnost|moznost|opcija|varianta|variant|izbira|"
      + "вариант|опция|възможност|избор|number|no\\.|št\\.|№|#)";
  /** "option 2", "možnost št. 2", "вариант №2". */
  private static final Pattern NUMBERED = Pattern.compile(OPTION_WORD + "\\s*(?:št\\.|no\\.|№|#|number)?\\s*(\\d+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "druga možnost", "the second option", "втория вариант", "second one". */
  private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\s+(?:" + OPTION_WORD
      + "|one|ena|едно)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The whole reply is a number or an ordinal: "2", "2.", "Druga.", "Втори!". */
  private static final Pattern ALONE = Pattern.compile("^\\s*(\\d+|\\p{L}+)\\s*[.!]?\\s*$", Pattern.UNICODE_CASE);
  private static final Pattern NONE = Pattern.compile("(?iu)\\b(none|neither|nobena|noben|nič|нито един|нито една|"
      + "никой|никоя|нито)\\b");

  private ChoiceReader() {
  }

  /** The option chosen (1, 2, 3 …) when the reply names exactly one; empty when it is unclear. */
  static Optional<Integer> option(String reply) {
    if (reply == null || reply.isBlank() || NONE.matcher(reply).find()) {
      return Optional.empty();
    }
    String lower = reply.toLowerCase(Locale.ROOT);
    Set<Integer> named = new LinkedHashSet<>();
    Matcher alone = ALONE.matcher(lower);
    if (alone.matches()) {
      number(alone.group(1)).ifPresent(named::add);
    }
    Matcher numbered = NUMBERED.matcher(lower);
    while (numbered.find()) {
      named.add(Integer.parseInt(numbered.group(1)));
    }
    Matcher ordinal = ORDINAL.matcher(lower);
    while (ordinal.find()) {
      Integer number = ORDINALS.get(ordinal.group(1));
      if (number != null) {
        named.add(number);
      }
    }
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  private static Optional<Integer> number(String word) {
    if (word.chars().allMatch(Character::isDigit)) {
      return word.length() > 2 ? Optional.empty() : Optional.of(Integer.parseInt(word));
    }
    return Optional.ofNullable(ORDINALS.get(word));
  }
}
