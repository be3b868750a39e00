package eu.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver. Both paths are given to Selenium,
 * so Selenium Manager never looks for a browser or a driver to download (it cannot here). The
 * flags are the ones that work on these machines (see CAMUNDA-NOTES, "Tasklist in a browser"),
 * with a profile of its own that is deleted on {@link #quit()}.
 */
final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Skips the calling test on a machine without Chromium, with the reason; in CI
   * ({@code CI=true}) that is a failure instead, because .ci/run installs both packages.
   */
  static void assumeInstalled() {
    boolean installed = isInstalled();
    String missing = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER + ")";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed).as("%s; CI must install them", missing).isTrue();
    }
    assumeTrue(installed, missing + ": not installed, browser tests skipped");
  }

  static boolean isInstalled() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  static HeadlessChromium start() {
    Path profile = createProfile();
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER.toFile())
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--window-size=1400,1000");
    // Chromium's network log: how a test learns that Tasklist's submit-form request succeeded.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** A picture of what a person would see now, under target/browser-screenshots. */
  Path screenshot(String name) {
    try {
      Path file = Path.of("target", "browser-screenshots", name + ".png");
      Files.createDirectories(file.getParent());
      return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void quit() {
    try {
      driver.quit();
    } finally {
      try {
        FileSystemUtils.deleteRecursively(profile);
      } catch (IOException e) {
        // Only a temporary folder is left behind; the tests' outcome does not depend on it.
      }
    }
  }

  private static Path createProfile() {
    try {
      return Files.createTempDirectory("complaint-desk-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException("No temporary folder for the Chromium profile", e);
    }
  }
}
