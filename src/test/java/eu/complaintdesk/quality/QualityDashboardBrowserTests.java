package eu.complaintdesk.quality;

import static eu.complaintdesk.quality.QualityFixture.PERIOD;
import static eu.complaintdesk.quality.QualityFixture.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.complaint.BrowserExtension;
import eu.complaintdesk.complaint.CockpitPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The quality dashboard, its drill-down and Cockpit's "Complaints today" in headless Chromium over
 * the rows of {@link QualityFixture}: a manager reads every figure on the page exactly as worked out
 * by hand in {@link QualityFiguresTests} (the page's numbers carry the JSON Pointer of their value),
 * clicks a figure to the list of the complaints behind it and downloads its CSV; Cockpit's dashboard
 * shows today's figures; an agent is refused the page and the API, and a Cockpit user outside the
 * readers sees the refusal in the plugin.
 */
@ComplaintDeskTest
class QualityDashboardBrowserTests {

  @RegisterExtension
  static final BrowserExtension BROWSER = new BrowserExtension();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  @LocalServerPort
  int port;
  @Autowired
  DataSource dataSource;
  @Autowired
  HttpTestClient api;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  private final List<Runnable> cleanUp = new ArrayList<>();

  @BeforeEach
  void fixture() {
    QualityFixture.replaceReportRows(dataSource);
    // The webapps' REST applications start on their first request, which on a busy machine took
    // longer than a browser test waits for Cockpit's login form: start them without a browser.
    assertThat(api.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    cleanUp.forEach(Runnable::run);
  }

  @Test
  void aManager_readsEveryFigureOfThePeriod_onTheDashboard() throws Exception {
    // Given mary, a manager, logged in to Cockpit
    WebDriver driver = BROWSER.driver();
    CockpitPage.logIn(driver, application(), "mary", "mary");

    // When she opens the dashboard for March 2019, broken down by type
    openDashboard(driver, "/staff/quality?" + PERIOD + "&by=type");

    // Then every number on the page is the one worked out by hand (the breakdown's other rows: the API's)
    JsonNode answer = figures(PERIOD + "&by=type");
    JsonNode expected = expected(answer);
    List<WebElement> shown = driver.findElements(By.cssSelector("[data-pointer]"));
    Set<String> pointers = new HashSet<>();
    for (WebElement figure : shown) {
      String pointer = figure.getAttribute("data-pointer");
      JsonNode value = expected.at(pointer);
      assertThat(value.isMissingNode()).as("%s is in the answer", pointer).isFalse();
      assertThat(figure.getText()).as(pointer).isEqualTo(shown(value, figure.getAttribute("data-format")));
      pointers.add(pointer);
    }
    // ... and every figure of the totals, the agents and the tables is on the page
    List<String> required = new ArrayList<>(leaves(expected.path("totals"), "/totals"));
    Stream.of("agents", "rootCauses", "compensation", "reviewSteps").forEach(table ->
        required.addAll(leaves(expected.path(table), "/" + table).stream()
            .filter(pointer -> !pointer.matches(".*/(agent|team|rootCause|type|step|checklistStep)$")).toList()));
    assertThat(pointers).containsAll(required);
    int product = rowOf(answer, "product");
    assertThat(pointers).contains("/breakdown/rows/" + product + "/figures/received",
        "/breakdown/rows/" + product + "/figures/sla/resolution/share");
    // A few as a person reads them
    assertThat(text(driver, "/totals/received")).isEqualTo("15");
    assertThat(text(driver, "/totals/sla/firstResponse/share")).isEqualTo("72.73 %");
    assertThat(text(driver, "/totals/resolutionHours/p90")).isEqualTo("130 h");
    assertThat(text(driver, "/compensation/1/amount")).isEqualTo("€150.00");
    assertThat(driver.findElement(By.id("period")).getText())
        .isEqualTo("Complaints received from 2019-03-01 to 2019-03-31");
    // Every figure with a name links to its complaints with the same period; the charts are drawn
    assertThat(driver.findElements(By.cssSelector("a[data-figure]"))).allSatisfy(link -> assertThat(
        link.getAttribute("href")).startsWith(application() + "/staff/quality/complaints?" + PERIOD + "&figure="));
    assertThat(driver.findElements(By.cssSelector("canvas"))).hasSize(5).allSatisfy(canvas ->
        assertThat(Integer.parseInt(canvas.getAttribute("height"))).isPositive());
    assertThat(driver.findElements(By.cssSelector("a.csv[data-table]"))).allSatisfy(csv -> assertThat(
        csv.getAttribute("href")).startsWith(application() + "/api/quality/figures.csv?" + PERIOD + "&table="));

    // By agent, the complaints nobody handled yet are a row without a filter or drill-down of its own
    openDashboard(driver, "/staff/quality?" + PERIOD + "&by=agent");
    WebElement nobody = driver.findElement(By.cssSelector("table.breakdown tbody tr:last-child"));
    assertThat(nobody.findElement(By.cssSelector(".key")).getText()).isEqualTo("(none)");
    assertThat(nobody.findElements(By.tagName("a"))).isEmpty();
    assertThat(nobody.findElement(By.cssSelector("[data-pointer$='/figures/received']")).getText()).isEqualTo("2");
  }

  @Test
  void aClickOnAFigure_listsTheComplaintsBehindIt_andItsCsvDownloads() throws Exception {
    WebDriver driver = BROWSER.driver();
    CockpitPage.logIn(driver, application(), "mary", "mary");
    openDashboard(driver, "/staff/quality?" + PERIOD);

    // When mary clicks the closed complaints of the period
    click(driver, driver.findElement(By.cssSelector("#tiles a[data-figure='closed']")));

    // Then the list shows the nine closed in March, newest first, each linking to its timeline
    List<String> closed = IntStream.of(11, 10, 9, 8, 7, 5, 3, 2, 1).mapToObj(QualityFixture::reference).toList();
    assertThat(listed(driver)).containsExactlyElementsOf(closed);
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Complaints: Closed");
    assertThat(driver.findElement(By.id("summary")).getText())
        .isEqualTo("9 complaints · from 2019-03-01, to 2019-03-31");
    assertThat(driver.findElements(By.cssSelector("a.reference"))).allSatisfy(link -> assertThat(
        link.getAttribute("href")).isEqualTo(application() + "/staff/complaints/" + link.getText() + "/timeline.html"));

    // And its CSV downloads with one row per complaint
    String csv = download(driver, driver.findElement(By.id("csv")));
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(1 + closed.size());
    assertThat(lines.get(0)).contains("reference");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(closed).anySatisfy(ref ->
        assertThat(line).contains(ref)));

    // And the dashboard's breakdown row of product complaints drills down to its own four closed ones
    click(driver, driver.findElement(By.id("back")));
    waitLoaded(driver);
    int product = rowOf(figures(PERIOD + "&by=type"), "product");
    click(driver, driver.findElement(By.cssSelector("[data-pointer='/breakdown/rows/" + product
        + "/figures/closed']")));
    assertThat(listed(driver)).containsExactly(reference(9), reference(7), reference(2), reference(1));
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Complaints: Closed (type product)");
  }

  @Test
  void theCockpitDashboard_showsTodaysFigures_toAManager() throws Exception {
    // Given the last day of the fixture's period is today
    ClockUtil.setCurrentTime(Date.from(QualityFixture.LAST_DAY_NOON.toInstant()));
    JsonNode today = JSON.readTree(api.get("/api/quality/today", "mary", "mary").body());

    // When mary opens Cockpit's dashboard
    WebDriver driver = BROWSER.driver();
    CockpitPage.logIn(driver, application(), "mary", "mary");
    driver.get(application() + "/camunda/app/cockpit/default/#/dashboard");
    WebElement plugin = waitFor(driver, "Complaints today").until(browser -> browser.findElements(
        By.cssSelector(".complaint-quality")).stream().findFirst().orElse(null));

    // Then it shows today's figures of the fixture, its breached open complaints and the dashboard's link
    assertThat(plugin.findElement(By.tagName("h4")).getText()).startsWith("Complaints today, 2019-03-31");
    Map<String, String> expected = Map.of("receivedToday", "1", "closedToday", "2", "open", "4",
        "openBreached", "2", "openWarned", "1", "brokenPromisesOpen", "1", "escalationsOpen", "1");
    expected.forEach((figure, value) -> {
      assertThat(today.path(figure).asText()).as("the API's %s", figure).isEqualTo(value);
      assertThat(plugin.findElement(By.cssSelector("[data-figure='" + figure + "'] .complaint-quality-value"))
          .getText()).as(figure).isEqualTo(value);
    });
    List<WebElement> breaches = plugin.findElements(By.cssSelector(".complaint-quality-breaches tbody tr"));
    assertThat(breaches).extracting(row -> row.findElement(By.tagName("a")).getText())
        .containsExactlyInAnyOrder(reference(12), reference(13));
    assertThat(breaches).allSatisfy(row -> assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/staff/complaints/" + row.findElement(By.tagName("a")).getText() + "/timeline.html"));
    assertThat(plugin.getText()).contains("first response", "resolution");
    assertThat(plugin.findElement(By.cssSelector("a.complaint-quality-dashboard")).getAttribute("href"))
        .isEqualTo(application() + "/staff/quality");
  }

  @Test
  void anAgent_isRefusedThePage_andTheApi() {
    // Given anna, an agent, logged in to Tasklist (agents do not get into Cockpit)
    WebDriver driver = BROWSER.driver();
    new eu.complaintdesk.complaint.TasklistPage(driver, port).logInAs("anna", "anna");

    // When she opens the dashboard, and asks the API from the page
    driver.get(application() + "/staff/quality?" + PERIOD);

    // Then she reads the refusal, no figure, and the API answers 403 to her session
    assertThat(driver.findElement(By.cssSelector("p.refusal")).getText())
        .isEqualTo("anna may not read the quality figures: they are for managers, analysts and administrators.");
    assertThat(driver.findElements(By.cssSelector("[data-pointer]"))).isEmpty();
    Map<?, ?> answer = fetch(driver, "/api/quality/figures?" + PERIOD);
    assertThat(answer.get("status")).isEqualTo(403L);
    assertThat((String) answer.get("body")).contains("anna may not read the quality figures");
  }

  @Test
  void aCockpitUserOutsideTheReaders_seesTheRefusalInThePlugin() {
    // Given a user who may open Cockpit but is no manager, analyst or administrator
    String id = "cockpitonly" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(id);
    identityService.saveUser(user);
    Authorization cockpit = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    cockpit.setUserId(id);
    cockpit.setResource(Resources.APPLICATION);
    cockpit.setResourceId("cockpit");
    cockpit.addPermission(Permissions.ACCESS);
    String authorization = authorizationService.saveAuthorization(cockpit).getId();
    cleanUp.add(() -> authorizationService.deleteAuthorization(authorization));
    cleanUp.add(() -> identityService.deleteUser(id));

    // When they open Cockpit's dashboard
    WebDriver driver = BROWSER.driver();
    CockpitPage.logIn(driver, application(), id, id);
    driver.get(application() + "/camunda/app/cockpit/default/#/dashboard");

    // Then the plugin shows the endpoint's refusal and no figure
    WebElement refusal = waitFor(driver, "the plugin's refusal").until(browser -> browser.findElements(
        By.cssSelector(".complaint-quality-refused")).stream().findFirst().orElse(null));
    assertThat(refusal.getText())
        .isEqualTo(id + " may not read the quality figures: they are for managers, analysts and administrators.");
    assertThat(driver.findElements(By.cssSelector(".complaint-quality-figure"))).isEmpty();
  }

  private String application() {
    return "http://localhost:" + port;
  }

  private JsonNode figures(String query) throws IOException {
    return JSON.readTree(api.get("/api/quality/figures?" + query, "mary", "mary").body());
  }

  /** The hand-worked figures of QualityFiguresTests, with the API's answer for what they leave out. */
  private static JsonNode expected(JsonNode answer) throws IOException {
    ObjectNode expected = answer.deepCopy();
    expected.set("totals", JSON.readTree(QualityFiguresTests.TOTALS));
    expected.set("agents", JSON.readTree(QualityFiguresTests.AGENTS));
    expected.set("rootCauses", JSON.readTree(QualityFiguresTests.ROOT_CAUSES));
    expected.set("compensation", JSON.readTree(QualityFiguresTests.COMPENSATION));
    expected.set("reviewSteps", JSON.readTree(QualityFiguresTests.REVIEW_STEPS));
    ((ObjectNode) expected.at("/breakdown/rows/" + rowOf(answer, "product"))).set("figures",
        JSON.readTree(QualityFiguresTests.PRODUCT));
    return expected;
  }

  private static int rowOf(JsonNode answer, String key) {
    JsonNode rows = answer.at("/breakdown/rows");
    return IntStream.range(0, rows.size()).filter(index -> rows.get(index).path("key").asText().equals(key))
        .findFirst().orElseThrow(() -> new AssertionError("no breakdown row " + key + " in " + answer));
  }

  /** The JSON Pointers of the numbers (and nulls) under node. */
  private static List<String> leaves(JsonNode node, String at) {
    List<String> leaves = new ArrayList<>();
    if (node.isContainerNode()) {
      if (node.isArray()) {
        IntStream.range(0, node.size()).forEach(index -> leaves.addAll(leaves(node.get(index), at + "/" + index)));
      } else {
        node.fieldNames().forEachRemaining(name -> leaves.addAll(leaves(node.get(name), at + "/" + name)));
      }
    } else if (!node.isTextual()) {
      leaves.add(at);
    }
    return leaves;
  }

  /** How the page reads a value, by the rules of static/quality/quality.js (FORMATS). */
  static String shown(JsonNode value, String format) {
    if (value.isNull()) {
      return "–";
    }
    BigDecimal number = value.decimalValue();
    return switch (format) {
      case "count", "average" -> plain(number);
      case "hours" -> plain(number) + " h";
      case "share" -> plain(number.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + " %";
      case "amount" -> {
        NumberFormat amount = NumberFormat.getCurrencyInstance(Locale.UK);
        amount.setCurrency(Currency.getInstance("EUR"));
        yield amount.format(number);
      }
      default -> throw new AssertionError("no format " + format);
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private static String text(WebDriver driver, String pointer) {
    return driver.findElement(By.cssSelector("[data-pointer='" + pointer + "']")).getText();
  }

  private void openDashboard(WebDriver driver, String path) {
    driver.get(application() + path);
    waitLoaded(driver);
  }

  private static void waitLoaded(WebDriver driver) {
    String loaded = waitFor(driver, "the figures to load").until(browser -> {
      String state = browser.findElement(By.tagName("body")).getAttribute("data-loaded");
      return state == null ? null : state;
    });
    assertThat(loaded).as(driver.findElement(By.id("problem")).getText()).isEqualTo("true");
  }

  private static List<String> listed(WebDriver driver) {
    waitLoaded(driver);
    return driver.findElements(By.cssSelector("table.complaints a.reference")).stream().map(WebElement::getText)
        .toList();
  }

  private static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** What the browser answers to a GET from the page, in its session. */
  private static Map<?, ?> fetch(WebDriver driver, String path) {
    return (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})"
        + ".then(answer => answer.text().then(body => done({status: answer.status, body})))"
        + ".catch(failure => done({status: -1, body: String(failure)}));", path);
  }

  /** Clicks a download link and reads the file Chromium saved. */
  private static String download(WebDriver driver, WebElement link) throws IOException {
    Path folder = Files.createTempDirectory("complaint-desk-downloads-");
    try {
      ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
          "downloadPath", folder.toAbsolutePath().toString(), "eventsEnabled", true));
      click(driver, link);
      Path file = await().atMost(TIMEOUT).until(() -> {
        try (Stream<Path> files = Files.list(folder)) {
          return files.filter(saved -> saved.toString().endsWith(".csv")).findFirst().orElse(null);
        }
      }, saved -> saved != null);
      assertThat(file.getFileName().toString()).isEqualTo("quality-complaints-closed-2019-03-01-to-2019-03-31.csv");
      return Files.readString(file, StandardCharsets.UTF_8);
    } finally {
      FileSystemUtils.deleteRecursively(folder);
    }
  }

  private static WebDriverWait waitFor(WebDriver driver, String what) {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
    wait.withMessage(what);
    return wait;
  }
}
