package eu.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.ComplaintDeskTest;
import eu.complaintdesk.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist, Cockpit and Admin load; who may log in to which is in {@link AccessPolicyTests}. */
@ComplaintDeskTest
class WebappsTests {

  @Autowired
  HttpTestClient http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void webApplicationsLoad(String app) {
    var page = http.get("/camunda/app/" + app + "/default/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html").containsIgnoringCase("camunda");
  }

  @Test
  void theRootRedirectsToTheWebapps() {
    var response = http.get("/");

    assertThat(response.statusCode()).isBetween(301, 302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).contains("/camunda/app/"));
  }
}
