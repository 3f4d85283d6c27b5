package org.openasc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with an accessibility check (axe-core)
 * of every page visited and a screenshot of each kept in {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Chromium processes left by closed Browsers, cookies cleared, for the next one: starting Chromium and its driver costs
     * seconds, and the suite opens dozens of browsers. Each Browser still has its own process while it is open, so two
     * people signed in at once in one test stay apart. Quit when the JVM ends.
     */
    private static final Deque<Chromium> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Chromium::quit);
                IDLE.clear();
            }
        }));
    }

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final String base;
    private int shots;

    public Browser(int port) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Chromium idle;
        synchronized (IDLE) {
            idle = IDLE.pollFirst();
        }
        chromium = idle != null ? idle : Chromium.start();
        driver = chromium.driver();
        base = "http://localhost:" + port;
    }

    /** One headless Chromium with its driver and throwaway profile. */
    private record Chromium(ChromeDriver driver, Path profile) {

        static Chromium start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("openasc-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("openasc.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1280,1600", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("openasc.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        }

        /** Leaves the page and forgets every site's cookies (all hosts and ports, the identity provider's too): OpenASC keeps nothing else in the browser. */
        boolean reset() {
            try {
                driver.get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // already gone: nothing to free but the profile
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The id of the field a label with this text is for. */
    public String idOfLabel(String text) {
        return driver.findElement(By.xpath("//label[normalize-space()='" + text + "']")).getAttribute("for");
    }

    public void select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Chooses a file for a file upload field. */
    public void upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Ticks a radio button or checkbox by its id. */
    public void choose(String id) {
        driver.findElement(By.id(id)).click();
    }

    /** Ticks the checkbox or radio of a group with the given value. */
    public void tick(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    /** Enters a GOV.UK date (day, month, year fields) named {@code id}. */
    public void date(String id, java.time.LocalDate date) {
        type(id, String.valueOf(date.getDayOfMonth()));
        type(id + "-month", String.valueOf(date.getMonthValue()));
        type(id + "-year", String.valueOf(date.getYear()));
    }

    public void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        click("Sign in");
    }

    /** Clicks a button or link and waits for the next page to replace this one. */
    public void click(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        String literal = xpathLiteral(text);
        driver.findElement(By.xpath("//button[normalize-space()=" + literal + "] | //a[normalize-space()=" + literal + "]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> replaced(page));
    }

    /** Text as an XPath string literal: XPath 1.0 has no escape, so text with an apostrophe is joined with concat(). */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Whether the old page's root is gone; Chromium sometimes says so as "does not belong to the document" rather than stale. */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    public String errorSummaryLinkTarget(int index) {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list a")).get(index).getAttribute("href").replaceAll(".*#", "");
    }

    /** What a field holds (an input's value), which the page's text does not include. */
    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Checks the page with axe-core: no serious or critical accessibility violations. Saves a screenshot. */
    public void checkAccessibility(String name) {
        screenshot(name);
        // The title is the first thing a screen reader says: what the page is, the service and the council, "Error: " first on an error.
        String title = driver.getTitle();
        assertThat(title).as("the title of " + path()).matches("(Error: )?[^<>{}$]+ - OpenASC - [^<>{}$]+").doesNotContain("null");
        assertThat(title.startsWith("Error: ")).as("the title of " + path() + " says when the error summary shows").isEqualTo(!errorSummary().isEmpty());
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).toList();
        assertThat(serious).as("serious or critical accessibility violations on " + path()).isEmpty();
    }

    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name)), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    @Override
    public void close() {
        if (chromium.reset()) {
            synchronized (IDLE) {
                IDLE.addFirst(chromium);
            }
        } else {
            chromium.quit();
        }
    }
}
