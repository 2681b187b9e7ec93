package nl.reflexengine.console.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's Chromium, driven by Playwright: one browser per test class (starting one takes a second or two),
 * a fresh context and page per test (no cookie, session or storage carries over), opened on the engine's
 * console. A test takes its page as a parameter. When a test fails, a full-page screenshot of where the
 * page was is saved as {@code target/browser-screenshots/<TestClass>-<method>.png}, with the browser console's
 * errors in the test's output.
 *
 * <p>No browser is downloaded, here or anywhere in the build: the tests drive the Chromium of the system
 * ({@code CHROMIUM}, else {@code /usr/bin/chromium}), which {@code .ci/run} installs. Without it the tests
 * fail and say how to install it: a browser test that is skipped where nobody looks tests nothing.
 */
public class Chromium
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterTestExecutionCallback,
                AfterEachCallback,
                ParameterResolver {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    static {
        // the default of 5 s is tight on a CI machine of two cores that is also building
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = executable();
        // also when the test runs outside Maven (an IDE), where the Surefire setting of this variable is absent
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            // Chromium's sandbox refuses to start as root, which CI's container is
                            .setArgs(List.of("--no-sandbox")));
            store(context).put(Browser.class, browser);
        } finally {
            store(context).put(Playwright.class, playwright); // closed after the class, with the browser
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Playwright playwright = store(context).remove(Playwright.class, Playwright.class);
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        BrowserContext browserContext = store(context)
                .get(Browser.class, Browser.class)
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 800)
                        .setBaseURL("http://127.0.0.1:" + port)); // the console listens on 127.0.0.1 only
        Page page = browserContext.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> errors.add("uncaught: " + error));
        store(context).put(BrowserContext.class, browserContext);
        store(context).put(Page.class, page);
        store(context).put(Errors.class, new Errors(errors));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        Path screenshot = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + ".png");
        if (context.getExecutionException().isEmpty()) {
            Files.deleteIfExists(screenshot); // what is left in the folder are the failures of the last run
            return;
        }
        Page page = store(context).get(Page.class, Page.class);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
        System.err.println("Browser test failed at " + page.url() + "; screenshot: " + screenshot.toAbsolutePath());
        store(context)
                .get(Errors.class, Errors.class)
                .messages()
                .forEach(error -> System.err.println("Browser console: " + error));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = store(context).remove(BrowserContext.class, BrowserContext.class);
        if (browserContext != null) {
            browserContext.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == Errors.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).get(parameter.getParameter().getType());
    }

    /** What the page wrote to the browser's console as an error, and its uncaught script errors. */
    public record Errors(List<String> messages) {}

    private static Path executable() {
        String configured = System.getenv("CHROMIUM");
        Path executable = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The console's browser tests need Chromium, and there is none at "
                    + executable + ". Install it (Debian/Ubuntu: sudo apt-get install chromium; .ci/run does this"
                    + " on CI) or set CHROMIUM to the path of a Chromium or Chrome executable.");
        }
        return executable;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
