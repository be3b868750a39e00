package eu.complaintdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.complaintdesk.HttpTestClient;
import eu.complaintdesk.HttpTestClient.FilePart;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's browser for the web form over plain HTTP: its own cookies (so its own session), the
 * form's CSRF token read from the page as a browser keeps it, and a client address of its own,
 * sent as a proxy would (X-Forwarded-For), so that each test has its own rate-limit allowance.
 */
final class WebFormClient {

  static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpTestClient http;
  private final String address;
  private String token;

  /** A visitor with the cookies of {@code http} (a fresh one: its own session) and this address. */
  WebFormClient(HttpTestClient http, String address) {
    this.http = http;
    this.address = address;
  }

  /** A complete, valid complaint as a visitor types it, with consent. */
  static Map<String, String> complaint(String email) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "Jana Novak");
    fields.put("email", email);
    fields.put("phone", "+386 1 234 5678");
    fields.put("accountNumber", "SI56-1234");
    fields.put("type", "product");
    fields.put("summary", "The kettle I bought broke after two days.");
    fields.put("desiredOutcome", "A new kettle");
    fields.put("consent", "yes");
    return fields;
  }

  /** Opens the form (a GET with these headers as name, value pairs) and keeps its token. */
  HttpResponse<String> open(String path, String... headers) {
    HttpResponse<String> page = get(path, headers);
    Matcher token = TOKEN.matcher(page.body());
    if (token.find()) {
      this.token = token.group(1);
    }
    return page;
  }

  HttpResponse<String> get(String path, String... headers) {
    return http.getWithHeaders(path, headers);
  }

  /** Submits the fields with the form's token and language, as the page's submit button does. */
  HttpResponse<String> submit(String language, Map<String, String> fields) {
    assertThat(token).as("the form was opened first").isNotNull();
    Map<String, String> all = new LinkedHashMap<>(Map.of("csrf", token, "lang", language));
    all.putAll(fields);
    return post(FORM, encode(all));
  }

  /**
   * Submits the fields and files as the page's form does since it takes attachments
   * ({@code multipart/form-data}), with the form's token and language.
   */
  HttpResponse<String> submit(String language, Map<String, String> fields, List<FilePart> files) {
    assertThat(token).as("the form was opened first").isNotNull();
    Map<String, String> all = new LinkedHashMap<>(Map.of("csrf", token, "lang", language));
    all.putAll(fields);
    return postFiles(all, files);
  }

  /** Any multipart POST to /complaints from this visitor's address and session, token or not. */
  HttpResponse<String> postFiles(Map<String, String> fields, List<FilePart> files) {
    return http.postMultipart("/complaints", null, null, fields, files, "X-Forwarded-For", address);
  }

  /** Any POST to /complaints from this visitor's address and session; no Content-Type when null. */
  HttpResponse<String> post(String contentType, String body) {
    return http.post("/complaints", null, null, contentType, body, "X-Forwarded-For", address);
  }

  static String encode(Map<String, String> fields) {
    List<String> pairs = new ArrayList<>();
    fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }
}
