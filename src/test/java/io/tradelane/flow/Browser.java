package io.tradelane.flow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven over WebDriver: Debian's {@code chromium} and {@code chromium-driver}
 * (which {@code .ci/run} installs), never a downloaded browser. A test that needs it is skipped,
 * saying why, on a machine without them, and fails on CI ({@code CI=true}). Screenshots go to
 * {@code target/screenshots}, and to {@code docs/screenshots} as well when the build runs with
 * {@code -Dconsole.screenshots=docs}.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  private Browser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A new browser, with no cookies, for the hub on {@code port}. */
  static Browser open(int port, Path profile) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String missing =
        "no /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and chromium-driver,"
            + " which .ci/run installs)";
    if (!installed && "true".equals(System.getenv("CI"))) {
      // CI must run the browser tests, not skip them
      throw new IllegalStateException(missing);
    }
    Assumptions.assumeTrue(installed, missing + ": the console's browser tests are skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // the flags keep a headless Chromium from reaching out to the network at start
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    return new Browser(driver, "http://localhost:" + port);
  }

  org.openqa.selenium.WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(base + path);
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** Signs in on the sign-in page and waits for the console to show who is signed in. */
  void signIn(String user, String password) {
    go("/console/login");
    type(By.id("username"), user);
    type(By.id("password"), password);
    click(By.id("signin-button"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), user));
  }

  void signOut() {
    click(By.id("signout"));
    wait.until(ExpectedConditions.urlContains("/console/login"));
  }

  /** Opens a view of the console by its #fragment and waits for its heading. */
  void view(String fragment, String heading) {
    driver.get(base + "/console/app#" + fragment);
    heading(heading);
  }

  /** Loads the page again (the same #fragment does not) and waits for its heading. */
  void reload(String heading) {
    driver.navigate().refresh();
    heading(heading);
  }

  void heading(String heading) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), heading));
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Runs a script in the page (an async one gets a callback as its last argument). */
  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * Sends a request from the page itself, with its session cookie and CSRF token, as a user who
   * tries what the page does not offer them would.
   *
   * @return the HTTP status
   */
  long fetchStatus(String method, String path, String jsonBody) {
    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/console/api/me').then(r => r.json()).then(me =>"
                    + " fetch(arguments[1], {method: arguments[0], headers: {'Content-Type':"
                    + " 'application/json', 'X-CSRF-Token': me.csrf}, body: arguments[2]}))"
                    + ".then(r => done(r.status), e => done(String(e)));",
                method,
                path,
                jsonBody);
    return ((Number) status).longValue();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> scriptMap(String script) {
    return (Map<String, Object>) script(script);
  }

  /** Saves a screenshot of the page as it is. */
  void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    if ("docs".equals(System.getProperty("console.screenshots"))) {
      Path docs = Path.of("docs", "screenshots", name + ".png");
      Files.createDirectories(docs.getParent());
      Files.copy(shot.toPath(), docs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
