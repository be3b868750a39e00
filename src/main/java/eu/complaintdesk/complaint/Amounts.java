package eu.complaintdesk.complaint;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts in the desk's currency as a customer reads them in their language, the same in the mails
 * and on the pages (an offer's amount must read alike in the options mail and on the choice page).
 * It lives with the offer, whose amounts these are, so that the mails and the customer pages both
 * reach it without reaching into each other.
 *
 * <p>English uses British conventions ("€1,234.50"), Slovenian "1.234,50 €". Java 17's Bulgarian
 * currency pattern does not group at all ("12345,50 €"); in a letter an amount is grouped by
 * thousands in every language ("12 345,50 €"), so grouping is switched on where the pattern lacks it.
 */
public final class Amounts {

  private static final Map<String, Locale> FORMAT_LOCALES = Map.of("en", Locale.UK);

  private final NumberFormat money;

  /**
   * @param language the customer's language ({@code en}, {@code sl}, {@code bg})
   * @param currency the desk's currency, in which every amount is
   */
  public Amounts(Locale language, Currency currency) {
    money = NumberFormat.getCurrencyInstance(FORMAT_LOCALES.getOrDefault(language.getLanguage(), language));
    money.setCurrency(currency);
    money.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    money.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    if (money instanceof DecimalFormat decimal && decimal.getGroupingSize() < 1) {
      decimal.setGroupingSize(3);
      decimal.setGroupingUsed(true);
    }
  }

  /** The amount, e.g. "1.234,50 €"; empty for none, and a text that is no number as it is. */
  public String format(Object amount) {
    if (amount == null) {
      return "";
    }
    try {
      return money.format(new BigDecimal(amount.toString().trim()));
    } catch (NumberFormatException notANumber) {
      return amount.toString();
    }
  }
}
