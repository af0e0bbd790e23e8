package com.throughline.bench.ui;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.throughline.bench.BenchManifest;

/**
 * Simulated people over real HTTP against a running application, speaking Vaadin's
 * protocol with CSRF and sync-id checks on. {@code mixed}: members working through
 * {@link MemberJourney}, link holders opening shared roadmaps and signed-in client
 * contacts going through {@link ContactJourney}, each pausing between steps, started over
 * a ramp. {@code share}: shared-roadmap first views at a fixed rate. Per-step latency
 * percentiles and errors, interactions per second and the application's CPU go to
 * {@code bench/results}. Arguments: see {@link RunSettings}.
 */
public final class UiLoadDriver {

	private final RunSettings settings;

	private final BenchManifest manifest;

	private final HttpClient http;

	/** Long enough for a step started at the window's end to finish. */
	private static final int IN_FLIGHT_SECONDS = 5;

	private final Steps steps = new Steps();

	private final AtomicInteger active = new AtomicInteger();

	private final AtomicInteger contactsActive = new AtomicInteger();

	private volatile boolean running = true;

	private UiLoadDriver(RunSettings settings, BenchManifest manifest) {
		this.settings = settings;
		this.manifest = manifest;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	public static void main(String[] args) throws Exception {
		var settings = RunSettings.parse(args);
		var manifest = BenchManifest.read(Path.of(BenchManifest.DEFAULT_FILE));
		var report = new UiLoadDriver(settings, manifest).run();
		RunReport.write(report, Path.of("bench", "results"));
		System.exit(0);
	}

	private RunReport run() throws InterruptedException, IOException {
		boolean external = !manifest.externalUrl().isEmpty();
		var app = new AppProcess(settings.pid(), external ? null : Path.of(manifest.dataDir()));
		boolean share = settings.mode().equals("share");
		int ramp = share ? 5 : settings.rampSeconds();
		long start = System.nanoTime();
		int settle = share ? 0 : settings.settleSeconds();
		long from = start + TimeUnit.SECONDS.toNanos(ramp + settle);
		long until = from + TimeUnit.SECONDS.toNanos(settings.measureSeconds());
		steps.window(from, until);
		try (var people = Executors.newVirtualThreadPerTaskExecutor()) {
			if (share) {
				openLinksAtRate(people, until);
			}
			else {
				startPeople(people, ramp);
			}
			sleepUntil(from);
			var queries = external ? QueryStats.external() : QueryStats.of(Path.of(manifest.dataDir()));
			queries.reset();
			double[] cpuFrom = app.cpuSeconds();
			long driverCpuFrom = driverCpuNanos();
			var kernelFrom = KernelCounters.read();
			sleepUntil(until);
			double[] cpuUntil = app.cpuSeconds();
			var topQueries = queries.top();
			long driverCpuUntil = driverCpuNanos();
			var kernel = KernelCounters.difference(kernelFrom, KernelCounters.read());
			// The steps started in the window finish before the open sessions are
			// counted:
			// the class histogram stops the app for a second or two, and the steps it
			// caught were about 1 % of the window's, all at about 2 s.
			sleepUntil(until + TimeUnit.SECONDS.toNanos(IN_FLIGHT_SECONDS));
			var summaries = steps.summaries();
			long interactions = steps.measuredInteractions();
			var open = HeapClasses.open(settings.pid());
			running = false;
			double seconds = settings.measureSeconds();
			people.shutdownNow();
			return new RunReport(settings,
					external ? "external PostgreSQL at " + manifest.externalUrl()
							: "embedded PostgreSQL in " + manifest.dataDir(),
					manifest.users().size(), summaries, interactions / seconds, (cpuUntil[0] - cpuFrom[0]) / seconds,
					(cpuUntil[1] - cpuFrom[1]) / seconds, (driverCpuUntil - driverCpuFrom) / 1e9 / seconds,
					active.get(), contactsActive.get(), open, topQueries, steps.slow(), kernel);
		}
	}

	/**
	 * Who each person is, spread evenly over the start order (the golden-ratio sequence):
	 * a link holder, a signed-in client contact or a member, in the configured shares.
	 */
	private void startPeople(java.util.concurrent.ExecutorService people, int ramp) throws InterruptedException {
		int contacts = 0;
		for (int i = 0; i < settings.users(); i++) {
			int person = i;
			double place = (i * 0.6180339887498949) % 1;
			Runnable who;
			if (place < settings.clientShare()) {
				who = () -> linkHolder(new Random(person));
			}
			else if (place < settings.clientShare() + settings.contactShare() && !manifest.contacts().isEmpty()) {
				var contact = manifest.contacts().get(contacts++ % manifest.contacts().size());
				who = () -> contact(contact, new Random(person));
			}
			else {
				who = () -> member(person, new Random(person));
			}
			people.submit(who);
			Thread.sleep(TimeUnit.SECONDS.toMillis(ramp) / Math.max(1, settings.users()));
		}
	}

	private void member(int person, Random random) {
		String email = manifest.users().get(person % manifest.users().size());
		active.incrementAndGet();
		while (running) {
			try (var browser = new SimulatedBrowser(http, settings.base(), settings.push())) {
				var journey = new MemberJourney(browser, random, manifest.sizes().hypotheses());
				if (!timed("sign in", () -> journey.signIn(email, manifest.password()))) {
					think(random);
					continue;
				}
				boolean ok = true;
				for (int i = 0; running && ok; i = (i + 1) % MemberJourney.LOOP.size()) {
					think(random);
					String step = MemberJourney.LOOP.get(i);
					ok = timed(step, () -> journey.step(step));
				}
				// After an error the person reloads: a new sign-in, as a browser would
				// need after
				// a lost UI.
			}
		}
	}

	private void contact(BenchManifest.ContactLogin contact, Random random) {
		contactsActive.incrementAndGet();
		while (running) {
			try (var browser = new SimulatedBrowser(http, settings.base(), settings.push())) {
				var journey = new ContactJourney(browser, contact, random);
				if (!timed("contact sign in", () -> journey.signIn(manifest.password()))) {
					think(random);
					continue;
				}
				boolean ok = true;
				for (int i = 0; running && ok; i = (i + 1) % ContactJourney.LOOP.size()) {
					String step = ContactJourney.LOOP.get(i);
					if (journey.wants(step)) {
						think(random);
						ok = timed(step, () -> journey.step(step));
					}
				}
				// After an error, a new sign-in, as for members.
			}
		}
	}

	private void linkHolder(Random random) {
		while (running) {
			openLink(random);
			think(random);
		}
	}

	private void openLinksAtRate(java.util.concurrent.ExecutorService people, long until) {
		var random = new Random(1);
		long interval = TimeUnit.SECONDS.toNanos(1) / settings.rate();
		people.submit(() -> {
			long next = System.nanoTime();
			while (running && next < until) {
				long seed = random.nextLong();
				people.submit(() -> openLink(new Random(seed)));
				next += interval;
				sleepUntil(next);
			}
		});
	}

	/**
	 * A first view: a new browser (own session), the page, its UI, the navigation; then
	 * the visitor reads for a think time and closes the tab.
	 */
	private void openLink(Random random) {
		String token = manifest.shareTokens().get(random.nextInt(manifest.shareTokens().size()));
		try (var browser = new SimulatedBrowser(http, settings.base(), false)) {
			boolean shown = timed("open shared roadmap", () -> {
				var answer = browser.open("r/" + token);
				if (!browser.has("buyer-view") && !browser.has("user-view")) {
					throw new IllegalStateException("The link showed no roadmap");
				}
				browser.confirmGrids(answer);
			});
			if (shown) {
				think(random);
			}
		}
	}

	interface Step {

		void run() throws Exception;

	}

	private boolean timed(String name, Step step) {
		long start = System.nanoTime();
		try {
			step.run();
			steps.record(name, start, System.nanoTime(), null);
			return true;
		}
		catch (Exception ex) {
			if (running) {
				steps.record(name, start, System.nanoTime(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			return false;
		}
	}

	private void think(Random random) {
		long mean = (long) (settings.thinkSeconds() * 1000);
		try {
			Thread.sleep(mean / 2 + (long) (random.nextDouble() * mean));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private static void sleepUntil(long nanos) {
		long left = nanos - System.nanoTime();
		if (left > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static long driverCpuNanos() {
		var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

}
