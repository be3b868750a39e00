package eu.complaintdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a database of its own (PostgreSQL, see {@link TestDatabase}), and
 * the application and the embedded SMTP server free ports. The database is dropped when the
 * context closes, after the engine and the connection pool have shut down.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> properties = new HashMap<>(mailOnFreePort());
    // A free port rather than Spring's random port 0, so that the public URL, and with it every link
    // in a mail, names the port the application really listens on: a browser test clicks them.
    int port = freePort();
    properties.put("server.port", port);
    properties.put("complaint-desk.public-url", "http://localhost:" + port);
    TestDatabase.create().ifPresentOrElse(database -> {
      properties.putAll(datasource(database));
      // Registered first, so destroyed last: after the engine and the pool are closed.
      ((DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("testDatabase", database::drop);
    }, () -> properties.put("spring.datasource.url",
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("testEnvironment", properties));
  }

  /** The datasource properties for a test database. */
  public static Map<String, Object> datasource(TestDatabase database) {
    return Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password());
  }

  /** The embedded mail server (SMTP, and IMAP for the inbox) on ports nobody else uses. */
  public static Map<String, Object> mailOnFreePort() {
    return Map.of("spring.mail.port", freePort(), "complaint-desk.inbox.port", freePort());
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the test mail server", e);
    }
  }
}
