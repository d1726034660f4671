package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with what the browser tests need besides: screenshots of each page
 * (in {@code target/screenshots}) and an accessibility check of each page with axe-core (WCAG 2.1 A and AA rules).
 *
 * <p>Without Chromium the browser tests are skipped, so {@code ./mvnw verify} works on a machine with only a JDK and
 * Maven; CI installs Chromium and sets {@code gms.browser.required}, which turns a missing browser into a failure.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path screenshots = Path.of(System.getProperty("gms.screenshots", "target/screenshots"));
    private final List<String> accessibilityProblems = new ArrayList<>();
    private int shot;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.getBoolean("gms.browser.required")) {
            fail("Chromium and chromedriver are required here (apt-get install -y chromium chromium-driver)");
        }
        assumeTrue(installed, "Chromium is not installed: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=es-MX");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitForPage();
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the page has loaded and PrimeFaces has no AJAX request under way. */
    void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Replaces a field's text as a person does: select all of it, then type. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu by its label, as a person does: open it, click the option. */
    void choose(String menuId, String label) {
        find("#" + escape(menuId)).click();
        WebElement option = find("#" + escape(menuId) + "_panel li[data-label='" + label + "']");
        pause(Duration.ofMillis(400)); // let the panel finish opening, as a person's eye would
        option.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("#" + escape(menuId) + "_panel")));
        waitForPage();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Types a date or time into a PrimeFaces date picker at a person's pace, then leaves the field with Tab, which is
     * what fires its change. At that pace a picker that opened its calendar on focus used to take the focus into the
     * calendar after the first keys, and the rest of the typing was lost; the pickers now open only from their button.
     */
    void typeDate(String css, String date) {
        WebElement field = find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        for (char key : date.toCharArray()) {
            field.sendKeys(String.valueOf(key));
            pause(Duration.ofMillis(100));
        }
        field.sendKeys(Keys.TAB);
        waitForPage();
        if (!date.equals(field.getDomProperty("value"))) {
            throw new AssertionError("typed " + date + " but the field holds " + field.getDomProperty("value"));
        }
    }

    /** Starts a new session: the next page is seen as by someone who just arrived. */
    void forget() {
        driver.manage().deleteAllCookies();
    }

    void click(String css) {
        find(css).click();
        waitForPage();
    }

    String text(String css) {
        return find(css).getText();
    }

    static String escape(String clientId) {
        return clientId.replace(":", "\\:");
    }

    /** Saves a screenshot of what the browser shows now, as {@code target/screenshots/NN-name.png}. */
    void screenshot(String name) {
        shot++;
        try {
            Files.createDirectories(screenshots);
            File png = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(
                    png.toPath(),
                    screenshots.resolve(String.format("%02d-%s.png", shot, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot and checks the page with axe-core; serious problems are kept for the final assertion. */
    void check(String name) {
        waitForPage();
        screenshot(name);
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.impact + ' ' + v.id + ': ' + v.help + ' — '"
                + "    + v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5).join(', ');"
                + "})); }).catch(function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        for (String violation : violations) {
            report(name + ": " + violation);
            if (violation.startsWith("serious") || violation.startsWith("critical") || violation.startsWith("axe")) {
                accessibilityProblems.add(name + ": " + violation);
            }
        }
    }

    private void report(String line) {
        try {
            Files.writeString(
                    screenshots.resolve("axe-report.txt"),
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> accessibilityProblems() {
        return accessibilityProblems;
    }

    /** Console errors since the last call (a CSP violation shows there), other than a 403 page's own status. */
    List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("the server responded with a status of 403"))
                .toList();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
