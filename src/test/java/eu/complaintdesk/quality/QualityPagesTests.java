package eu.complaintdesk.quality;

import static eu.complaintdesk.WebappAssertions.assertPluginServed;
import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's pages over real HTTP, logged in to the webapps as Cockpit logs in: a manager and
 * an analyst get the page with the filter form as asked, its scripts and Chart.js from the webjar;
 * a malformed period, breakdown or figure is a 400 page with the API's sentence; an agent gets a
 * 403 page, nobody logged in a 401 page that sends them to Cockpit. Cockpit lists
 * the dashboard plugin and serves its script. The figures on the page are the browser tests' part
 * ({@code QualityDashboardBrowserTests}).
 */
@ComplaintDeskTest
class QualityPagesTests {

  @Autowired
  HttpTestClient manager;
  @Autowired
  HttpTestClient analyst;
  @Autowired
  HttpTestClient agent;
  @Autowired
  HttpTestClient anonymous;

  @Test
  void aManager_getsTheDashboard_withTheFilterFormAsAsked() {
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);

    HttpResponse<String> page = manager.get("/staff/quality?from=2026-03-01&to=2026-03-31&type=product&by=agent");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
        .contains("no-store"));
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("h1").text()).isEqualTo("Quality of service");
    assertThat(html.select("input[name=from]").val()).isEqualTo("2026-03-01");
    assertThat(html.select("input[name=to]").val()).isEqualTo("2026-03-31");
    assertThat(html.select("input[name=type]").val()).isEqualTo("product");
    assertThat(html.select("input[name=channel]").val()).isEmpty();
    assertThat(html.select("select[name=by] option[selected]").val()).isEqualTo("agent");
    assertThat(html.select("select[name=by] option").eachAttr("value"))
        .containsExactly("type", "channel", "severity", "team", "agent");
    assertThat(html.body().attr("data-currency")).isEqualTo("EUR");
    assertThat(html.select("a.csv").eachAttr("data-table"))
        .containsExactly("breakdown", "agents", "rootCauses", "compensation", "reviewSteps", "totals");
    assertThat(html.select("style").html()).contains("@media print");
    assertThat(html.select("script").eachAttr("src"))
        .containsExactly("/webjars/chart.js/dist/chart.umd.js", "/quality/dashboard.js");
    html.select("script").eachAttr("src").forEach(script -> assertScript(manager, script));
    assertScript(manager, "/quality/quality.js");
  }

  @Test
  void anAnalyst_getsTheDrillDownPage() {
    assertThat(analyst.webappLogin("cockpit", "alex", "alex").statusCode()).isEqualTo(200);

    HttpResponse<String> page = analyst.get("/staff/quality/complaints?figure=closed");

    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("script").eachAttr("src")).containsExactly("/quality/drill-down.js");
    assertScript(analyst, "/quality/drill-down.js");
    assertThat(html.select("#back").attr("href")).isEqualTo("/staff/quality");
  }

  @Test
  void aMalformedParameter_isA400Page_withTheApisSentence() {
    assertThat(manager.webappLogin("cockpit", "mary", "mary").statusCode()).isEqualTo(200);

    assertRefused(manager.get("/staff/quality?from=2026-03-31&to=2026-03-01"),
        "from (2026-03-31) is after to (2026-03-01).");
    assertRefused(manager.get("/staff/quality?to=31.3.2026"),
        "to must be a day written yyyy-MM-dd, not \"31.3.2026\".");
    assertRefused(manager.get("/staff/quality?by=colour"), "by must be one of");
    assertRefused(manager.get("/staff/quality/complaints?figure=happiness"),
        "figure \"happiness\" is not a figure we count");
    assertRefused(manager.get("/staff/quality/complaints"), "figure is required");
  }

  private static void assertRefused(HttpResponse<String> page, String sentence) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
    Document html = Jsoup.parse(page.body());
    assertThat(html.select("p.refusal").text()).startsWith(sentence);
    assertThat(html.select("a").eachAttr("href")).contains("/staff/quality");
    assertThat(page.body()).doesNotContain("dashboard.js", "drill-down.js");
  }

  @Test
  void anAgent_getsA403Page_andNobodyLoggedIn_aPageThatSendsThemToCockpit() {
    assertThat(agent.webappLogin("tasklist", "anna", "anna").statusCode()).isEqualTo(200);
    for (String path : new String[] {"/staff/quality", "/staff/quality/complaints?figure=open"}) {
      HttpResponse<String> refused = agent.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(Jsoup.parse(refused.body()).select("p.refusal").text()).isEqualTo(
          "anna may not read the quality figures: they are for managers, analysts and administrators.");
      assertThat(refused.body()).doesNotContain("dashboard.js", "drill-down.js");

      HttpResponse<String> anonymousPage = anonymous.get(path);
      assertThat(anonymousPage.statusCode()).as(path).isEqualTo(401);
      Document html = Jsoup.parse(anonymousPage.body());
      assertThat(html.select("p.refusal").text()).startsWith("Log in to Cockpit first");
      assertThat(html.select("a").attr("href")).isEqualTo("/camunda/app/cockpit/");
    }
  }

  @Test
  void cockpitLoadsTheDashboardPlugin_fromTheApplication() {
    assertPluginServed(anonymous, "cockpit", QualityDashboardPlugin.ID, "cockpit.dashboard");
  }

  private static void assertScript(HttpTestClient client, String path) {
    HttpResponse<String> script = client.get(path);
    assertThat(script.statusCode()).as(path).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).as(path)
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
  }
}
