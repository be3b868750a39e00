package eu.complaintdesk.complaint;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for a browser test class: started before its first test, quit after its
 * last, a screenshot of every failed test in target/browser-screenshots. Each test checks on its
 * own that the browser is installed, so that the report names every skipped test and why.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  private HeadlessChromium chromium;

  public WebDriver driver() {
    return chromium.driver();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (HeadlessChromium.isInstalled()) {
      chromium = HeadlessChromium.start();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    HeadlessChromium.assumeInstalled();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (chromium != null) {
      chromium.screenshot(context.getRequiredTestMethod().getName() + "-"
          + context.getDisplayName().replaceAll("\\W+", "-"));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.quit();
      chromium = null;
    }
  }
}
