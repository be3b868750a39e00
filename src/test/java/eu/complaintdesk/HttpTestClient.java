package eu.complaintdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;

/**
 * Plain HTTP against the running test application, as a browser or curl would talk to it. Every
 * {@link ComplaintDeskTest} can autowire one; each test class gets its own cookies.
 */
@TestComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public final class HttpTestClient {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .cookieHandler(cookies)
      .build();
  private final Environment environment;

  HttpTestClient(Environment environment) {
    this.environment = environment;
  }

  private String baseUrl() {
    return "http://localhost:" + environment.getRequiredProperty("local.server.port");
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
  }

  /** A GET with further headers given as name, value, name, value... */
  public HttpResponse<String> getWithHeaders(String path, String... headers) {
    return send(withHeaders(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), headers));
  }

  /** A GET with HTTP Basic authentication; none when user is null. */
  public HttpResponse<String> get(String path, String user, String password) {
    return send(authenticated(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), user, password));
  }

  /** A GET with HTTP Basic authentication (none when user is null) whose answer is bytes (an archive). */
  public HttpResponse<byte[]> getBytes(String path, String user, String password) {
    HttpRequest request = authenticated(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), user, password)
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** A JSON POST with HTTP Basic authentication; none when user is null. */
  public HttpResponse<String> postJson(String path, String user, String password, String json) {
    return send(authenticated(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * A POST of any content type (no Content-Type header when null) with HTTP Basic authentication
   * (none when user is null) and further headers given as name, value, name, value...
   */
  public HttpResponse<String> post(String path, String user, String password, String contentType, String body,
      String... headers) {
    HttpRequest.Builder request = authenticated(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(withHeaders(request, headers));
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  /** A JSON PUT with HTTP Basic authentication (e.g. setting a variable). */
  public HttpResponse<String> putJson(String path, String user, String password, String json) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart POST with files (name to content), as the Modeler's deploy button sends them. */
  public HttpResponse<String> postFiles(String path, String user, String password,
      java.util.Map<String, String> fields, java.util.Map<String, byte[]> files) {
    return postMultipart(path, user, password, fields, files.entrySet().stream()
        .map(file -> new FilePart(file.getKey(), file.getKey(), "application/octet-stream", file.getValue())).toList());
  }

  /** One file of a multipart form: the field, the name and type the browser declares, the bytes. */
  public record FilePart(String field, String fileName, String contentType, byte[] content) {
  }

  /**
   * A multipart POST as a browser sends a form with file fields (none authenticated when user is
   * null), with further headers given as name, value, name, value...
   */
  public HttpResponse<String> postMultipart(String path, String user, String password,
      java.util.Map<String, String> fields, java.util.List<FilePart> files, String... headers) {
    String boundary = "----complaint-desk-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach(file -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
          + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(withHeaders(authenticated(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), headers));
  }

  /**
   * Logs in to a Camunda web application the way its login page does: the page hands out a CSRF
   * token cookie that the login request must echo in a header.
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/");
    String csrfToken = csrfToken();
    String form = "username=" + user + "&password=" + password;
    return send(HttpRequest.newBuilder(
            URI.create(baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * A JSON POST to a webapp's API (e.g. {@code /camunda/api/engine/engine/default/task/ID/submit-form})
   * in the session of the last {@link #webappLogin}, with the CSRF token the webapps require.
   */
  public HttpResponse<String> webappPostJson(String path, String json) {
    // The login started a new session: its CSRF token comes with the next read.
    get("/camunda/api/engine/engine/");
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The webapp handed out no XSRF-TOKEN cookie"));
  }

  private static HttpRequest.Builder authenticated(HttpRequest.Builder request, String user, String password) {
    return user == null ? request : request.header("Authorization", basic(user, password));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
