package com.throughline.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * User stories end to end: the application on a real port, driven by headless Chromium
 * ({@code CHROMIUM_PATH}, default {@code /usr/bin/chromium}).
 */
// Dev tools off: their overlay would cover the user menu, as it never does in production.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vaadin.devmode.devTools.enabled=false")
public abstract class BrowserJourney {

	public static final String DEMO_PASSWORD = "throughline-demo";

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create();
		String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
				.setHeadless(true)
				.setArgs(CHROMIUM_FLAGS));
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
		playwright.close();
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A fresh browser profile: its own cookies, so its own session. */
	protected Page newVisitor() {
		var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		return context.newPage();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected Page signIn(String email) {
		return signIn(newVisitor(), email, DEMO_PASSWORD);
	}

	protected Page signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.locator("#vaadinLoginUsername input").fill(email);
		page.locator("#vaadinLoginPassword input").fill(password);
		page.locator("vaadin-login-form vaadin-button")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign in"))
			.click();
		page.waitForLoadState();
		return page;
	}

	/**
	 * Opens an invitation link in a fresh browser and creates the invited person's
	 * account.
	 */
	protected Page acceptAsNewPerson(String invitation, String name, String password) {
		Page page = newVisitor();
		page.navigate(invitation);
		page.locator("#display-name input").fill(name);
		page.locator("#new-password input").fill(password);
		page.locator("#create-account").click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Welcome aboard"))
			.isVisible();
		return page;
	}

	/** Types into a combo box and picks the matching item. */
	protected static void choose(Page page, String comboBox, String item) {
		page.locator(comboBox + " input").fill(item);
		page.locator("vaadin-combo-box-item:visible")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(item))
			.first()
			.click();
	}

	protected static List<String> navigationLabels(Page page) {
		page.locator("vaadin-side-nav-item").first().waitFor();
		return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
	}

	protected static List<String> teamNames(Page page) {
		page.locator("vaadin-grid#team vaadin-grid-cell-content").first().waitFor();
		return page.locator("vaadin-grid#team vaadin-grid-cell-content").allInnerTexts();
	}

}
