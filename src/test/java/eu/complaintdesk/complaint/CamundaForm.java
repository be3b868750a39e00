package eu.complaintdesk.complaint;

import static eu.complaintdesk.complaint.TasklistPage.waitFor;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form as Tasklist 7.24 renders it with form-js 1.8, inside the start dialog or the task
 * pane: fields found by their key (form-js ids are {@code fjs-form-<random>-<key>}), selects
 * worked as the custom dropdowns they are, and the validation messages shown under the fields.
 */
final class CamundaForm {

  private final WebDriver driver;
  private final String root;

  /** The form inside the element that the CSS selector {@code root} finds. */
  CamundaForm(WebDriver driver, String root) {
    this.driver = driver;
    this.root = root;
  }

  /** Replaces the text of a text field or text area. */
  CamundaForm type(String key, String text) {
    WebElement field = waitFor(driver, "text field " + key)
        .until(elementToBeClickable(inForm("input[id$='-" + key + "']", "textarea[id$='-" + key + "']")));
    // Keys, not clear(): form-js listens to input events, which clear() does not fire.
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
    return this;
  }

  /** Picks the option with that label from a select. */
  CamundaForm choose(String key, String label) {
    WebElement display = waitFor(driver, "select " + key)
        .until(elementToBeClickable(inForm("[id$='-" + key + "-display']")));
    display.click();
    waitFor(driver, "option '" + label + "' of " + key).until(browser -> browser
            .findElements(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item")).stream()
            .filter(item -> item.getText().trim().equals(label))
            .findFirst()
            .orElse(null))
        .click();
    waitFor(driver, "'" + label + "' chosen in " + key).until(browser -> display.getText().trim().equals(label));
    return this;
  }

  /** Picks the option with that label of a radio group (scrolled clear of Tasklist's footer). */
  CamundaForm pick(String key, String label) {
    WebElement option = waitFor(driver, "radio option '" + label + "' of " + key).until(browser -> browser
        .findElements(inForm("label[for*='-" + key + "-']")).stream()
        .filter(candidate -> candidate.getText().trim().equals(label))
        .findFirst()
        .orElse(null));
    TasklistPage.clickInView(driver, option);
    return this;
  }

  /** Whether form-js rendered the form (it renders none when it cannot import the schema). */
  boolean isShown() {
    return driver.findElements(inForm(".fjs-form")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The whole visible text of the form: its texts, labels and descriptions. */
  String text() {
    return driver.findElements(inForm(".fjs-form")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /**
   * Whether a person sees the control of the field with that key, a form-js field of that type.
   * form-js 1.8 gives a text field, text area, number, checkbox and tag list the id
   * {@code fjs-form-<random>-<key>}; a select shows {@code -<key>-display} (the input with the plain
   * id is hidden) or, when searchable, {@code -<key>-search}; radio buttons and checklists number
   * their options from {@code -<key>-0}; a date and time field has {@code -<key>-date} and
   * {@code -<key>-time}.
   */
  boolean showsField(String key, String type) {
    List<String> suffixes = switch (type) {
      case "textfield", "textarea", "number", "checkbox", "taglist" -> List.of("");
      case "select" -> List.of("-display", "-search");
      case "radio", "checklist" -> List.of("-0");
      case "datetime" -> List.of("-date", "-time");
      default -> throw new IllegalArgumentException("No known control for a form-js field of type " + type
          + " (key " + key + "): tell CamundaForm how form-js renders it");
    };
    return driver.findElements(inForm(suffixes.stream()
            .map(suffix -> "[id$='-" + key + suffix + "']")
            .toArray(String[]::new))).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /**
   * Whether the field with that key shows a value: text in a text field, text area, number or date,
   * an option chosen in a select, a ticked radio button or checklist entry. A checkbox always shows
   * one (unticked is "no").
   */
  boolean showsValue(String key, String type) {
    return switch (type) {
      case "textfield", "textarea", "number" -> hasText(key, "");
      case "datetime" -> hasText(key, "-date") || hasText(key, "-time");
      case "select" -> driver.findElements(inForm("[id$='-" + key + "-display']:not(.fjs-select-placeholder)"))
          .stream().anyMatch(display -> !display.getText().isBlank()) || hasText(key, "-search");
      case "radio", "checklist" -> !driver.findElements(inForm("input[id*='-" + key + "-']:checked")).isEmpty();
      case "checkbox" -> true;
      default -> throw new IllegalArgumentException("No known value display for a form-js field of type " + type
          + " (key " + key + "): tell CamundaForm how form-js shows it");
    };
  }

  private boolean hasText(String key, String suffix) {
    return driver.findElements(inForm("[id$='-" + key + suffix + "']")).stream()
        .map(input -> input.getDomProperty("value"))
        .anyMatch(value -> value != null && !value.isBlank());
  }

  /** Waits until form-js shows all these validation messages; returns all that it shows. */
  List<String> errorsOnceShown(String... messages) {
    waitFor(driver, "validation messages " + Arrays.toString(messages))
        .until(browser -> errors().containsAll(Arrays.asList(messages)));
    return errors();
  }

  /** The validation messages form-js shows under the fields now. */
  List<String> errors() {
    return driver.findElements(inForm(".fjs-form-field-error")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(text -> !text.isEmpty())
        .toList();
  }

  /** The elements inside the form's root that match any of the selectors. */
  private By inForm(String... selectors) {
    return By.cssSelector(Arrays.stream(selectors)
        .map(selector -> root + " " + selector)
        .collect(Collectors.joining(", ")));
  }
}
