package eu.complaintdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/**
 * What the endpoints of our webapp plugins (Tasklist's Customer tab, Cockpit's audit timeline)
 * must answer, said once: a refusal as an RFC 9457 problem document, and a plugin the webapp's page
 * lists and whose script it serves (a plugin without its root resource is listed but 404).
 */
public final class WebappAssertions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappAssertions() {
  }

  /** The response is a problem document of that status whose detail contains {@code detail}. */
  public static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).contains(detail);
  }

  /** The webapp ({@code tasklist}, {@code cockpit}) lists the plugin and serves its script and stylesheet. */
  public static void assertPluginServed(HttpTestClient client, String webapp, String pluginId, String pluginPoint) {
    String assets = "/camunda/api/" + webapp + "/plugin/" + pluginId + "/static/app";
    assertThat(client.get("/camunda/app/" + webapp + "/default/").body()).contains("{ name: '" + webapp
        + "-plugin-" + pluginId + "', location: '" + assets + "', main: 'plugin.js' }");
    HttpResponse<String> script = client.get(assets + "/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript");
    assertThat(script.body()).contains("pluginPoint: '" + pluginPoint + "'", "export default");
    assertThat(client.get(assets + "/plugin.css").statusCode()).isEqualTo(200);
  }
}
