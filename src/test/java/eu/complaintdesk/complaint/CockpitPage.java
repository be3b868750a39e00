package eu.complaintdesk.complaint;

import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Cockpit 7.24 in a browser test: its login, with what to wait for, said once (the audit
 * timeline's and the quality dashboard's browser tests log in with it).
 */
public final class CockpitPage {

  private static final Duration FIRST_LOAD = Duration.ofSeconds(90);

  private CockpitPage() {
  }

  /** Opens Cockpit without the session of an earlier test and logs in; returns when the login is done. */
  public static void logIn(WebDriver driver, String application, String user, String password) {
    // Cookies go by the page's origin; a page that starts no requests, so none is cut off.
    driver.get(application + "/actuator/health");
    driver.manage().deleteAllCookies();
    driver.get(application + "/camunda/app/cockpit/default/");
    // The first Cockpit of a test JVM takes long to load on a busy machine (seen: over 20 s).
    WebElement form = new WebDriverWait(driver, FIRST_LOAD).withMessage("Cockpit's login form")
        .until(visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    form.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    form.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    // Logged in once the form is gone: the header is there before, and navigating away early cuts
    // the login off ("Authentication failed. Your session might have expired", seen in one CI run)
    TasklistPage.waitFor(driver, "Cockpit to log " + user + " in")
        .until(invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
  }
}
