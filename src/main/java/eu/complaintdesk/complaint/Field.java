package eu.complaintdesk.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The rule for one variable: its type first, then its limits, each problem a sentence that starts
 * with the variable's name. A value that is absent (null or blank text) is fine unless the field is
 * required; one of the wrong type gets that problem alone, not also the length it cannot have.
 *
 * <p>Numbers must be numbers: the text "5000" is refused, never read as 0 or parsed, because a
 * caller that sends text for a number has a bug we want to see, not guess around.
 */
final class Field implements Rule {

  /**
   * The longest text the engine stores in a variable: its {@code TEXT_} column is
   * {@code varchar(4000)}, and a longer text would end in a database error (a 500) instead of a
   * refusal. Every text field is at most this long.
   */
  static final int TEXT_LIMIT = 4000;

  /** The highest amount of a remedy, as the offer-solution form allows. */
  static final BigDecimal AMOUNT_LIMIT = new BigDecimal(100_000);

  /** One check of a present value: the problem (without the name), or null when it is fine. */
  @FunctionalInterface
  interface Check {
    String problem(Object value, Values values);
  }

  private static final Pattern SINGLE_LINE = Pattern.compile("[^\\p{Cntrl}]*");

  private final String name;
  private final Predicate<Values> required;
  private final List<Check> checks;

  private Field(String name, Predicate<Values> required, List<Check> checks) {
    this.name = name;
    this.required = required;
    this.checks = List.copyOf(checks);
  }

  /** A text of at most {@link #TEXT_LIMIT} characters. */
  static Field text(String name) {
    return new Field(name, values -> false, List.of(
        (value, values) -> value instanceof String ? null : "must be a text, not " + describe(value),
        maxLength(TEXT_LIMIT)));
  }

  /** One of the given texts. */
  static Field choice(String name, String... allowed) {
    Set<String> sorted = new TreeSet<>(Arrays.asList(allowed));
    return new Field(name, values -> false, List.of((value, values) -> value instanceof String && sorted.contains(value) ? null
        : "must be one of " + sorted + ", not " + (value instanceof String ? "'" + value + "'" : describe(value))));
  }

  /** An amount: a number from 0 to {@link #AMOUNT_LIMIT}. */
  static Field amount(String name) {
    return new Field(name, values -> false, List.of((value, values) -> {
      BigDecimal amount = decimal(value);
      if (amount == null || amount.signum() < 0) {
        return "must be a number of 0 or more, not " + describe(value);
      }
      return amount.compareTo(AMOUNT_LIMIT) > 0 ? "must be at most " + AMOUNT_LIMIT + ", not " + value : null;
    }));
  }

  /** A whole number from min to max, e.g. a score; 4.0 counts, 4.5 and the text "4" do not. */
  static Field wholeNumber(String name, int min, int max) {
    return new Field(name, values -> false, List.of((value, values) -> {
      BigDecimal number = decimal(value);
      boolean whole = number != null && number.stripTrailingZeros().scale() <= 0;
      return whole && number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0
          ? null : "must be a whole number from " + min + " to " + max + ", not " + describe(value);
    }));
  }

  /** A checkbox: true or false. */
  static Field flag(String name) {
    return new Field(name, values -> false, List.of((value, values) -> value instanceof Boolean ? null
        : "must be true or false, not " + describe(value)));
  }

  /** A moment: a date value (a date and time), as the engine stores it; never a text to be parsed. */
  static Field moment(String name) {
    return new Field(name, values -> false, List.of((value, values) -> value instanceof Date ? null
        : "must be a date and time, not " + describe(value)));
  }

  /** A day: a date value, or a text {@code yyyy-MM-dd} as a form's date field sends it. */
  static Field day(String name, ZoneId zone) {
    return new Field(name, values -> false, List.of((value, values) -> dayOf(value, zone) != null ? null
        : "must be a day (yyyy-MM-dd), not " + describe(value)));
  }

  /** The variable this field checks. */
  String name() {
    return name;
  }

  Field required() {
    return requiredWhen(values -> true);
  }

  /** Required in that situation only (e.g. the comment of a rejection). */
  Field requiredWhen(Predicate<Values> situation) {
    return new Field(name, situation, checks);
  }

  /** Adds a check, run only when the ones before it passed. */
  Field and(Check check) {
    List<Check> more = new ArrayList<>(checks);
    more.add(check);
    return new Field(name, required, more);
  }

  Field max(int max) {
    return and(maxLength(max));
  }

  Field length(int min, int max) {
    return and((value, values) -> value.toString().length() < min
        ? "has " + value.toString().length() + " characters, at least " + min + " are needed" : null)
        .and(maxLength(max));
  }

  /** No line breaks or other control characters: a name or an address that goes into a mail header. */
  Field singleLine() {
    return and((value, values) -> SINGLE_LINE.matcher(value.toString()).matches()
        ? null : "must be a single line without control characters");
  }

  Field matching(Pattern pattern, String what) {
    return and((value, values) -> pattern.matcher(value.toString()).matches()
        ? null : (value instanceof String ? "'" + value + "'" : describe(value)) + " is not " + what);
  }

  /** A day not before the one {@code earliest} gives (today, for a promise). */
  Field notBefore(Supplier<LocalDate> earliest, ZoneId zone) {
    return and((value, values) -> dayOf(value, zone).isBefore(earliest.get())
        ? "is in the past (" + dayOf(value, zone) + ")" : null);
  }

  /** A day not after the one {@code latest} gives (today, for an incident). */
  Field notAfter(Supplier<LocalDate> latest, ZoneId zone) {
    return and((value, values) -> dayOf(value, zone).isAfter(latest.get())
        ? "is in the future (" + dayOf(value, zone) + ")" : null);
  }

  @Override
  public void check(Values values, List<Problem> problems) {
    Object value = values.get(name);
    if (value == null || value instanceof String text && text.isBlank()) {
      if (required.test(values)) {
        problems.add(new Problem(name, "is required"));
      }
      return;
    }
    for (Check check : checks) {
      String problem = check.problem(value, values);
      if (problem != null) {
        problems.add(new Problem(name, problem));
        return;
      }
    }
  }

  private static Check maxLength(int max) {
    return (value, values) -> value.toString().length() > max
        ? "has " + value.toString().length() + " characters, at most " + max + " are allowed" : null;
  }

  /** A number as it was given; null for anything else, text included. */
  static BigDecimal decimal(Object value) {
    if (!(value instanceof Number number)) {
      return null;
    }
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) { // NaN, Infinity
      return null;
    }
  }

  /** The day of a date value or of a {@code yyyy-MM-dd} text; null for anything else. */
  static LocalDate dayOf(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    try {
      return value instanceof String text && text.length() == 10 ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  /** A value as a refusal names it: "the text '5000'", "the number 42", "a Json value". */
  static String describe(Object value) {
    if (value instanceof String text) {
      return "the text '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return "the " + (value instanceof Number ? "number " : "value ") + value;
    }
    String type = value.getClass().getSimpleName();
    return type.contains("Json") ? "a Json value" : "a value of type " + type;
  }
}
