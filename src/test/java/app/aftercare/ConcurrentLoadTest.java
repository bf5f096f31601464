package app.aftercare;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.aftercare.clinic.StaffMember;
import app.aftercare.patient.Patient;
import app.aftercare.patientlink.PatientLinkService;
import app.aftercare.rules.Area;
import app.aftercare.rules.Intensity;
import app.aftercare.rules.TreatedArea;
import app.aftercare.support.Fixtures;
import app.aftercare.support.ServerIntegrationTest;
import app.aftercare.treatment.Treatment;
import app.aftercare.treatment.TreatmentDetails;
import app.aftercare.treatment.TreatmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY 25: with a healthy database and the default connection pool, a burst of
 * parallel page loads — staff signed in, patients opening their links — gets no 5xx. A
 * request that needed a second pool connection while holding its first (an audit write in
 * a transaction of its own) starved the pool at a couple of dozen parallel requests.
 */
@ServerIntegrationTest
@Import(Fixtures.class)
class ConcurrentLoadTest {

	private static final int PARALLEL = 64;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TreatmentService treatments;

	@Autowired
	PatientLinkService links;

	@Autowired
	Clock clock;

	private ExecutorService pool;

	private HttpClient client;

	private StaffMember admin;

	private final List<Long> patientIds = new ArrayList<>();

	private final List<Long> treatmentIds = new ArrayList<>();

	@BeforeEach
	void clinicWithPatientsAndTreatments() {
		this.pool = Executors.newFixedThreadPool(PARALLEL);
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		Long clinicId = this.admin.getClinic().getId();
		for (int i = 0; i < 4; i++) {
			Patient patient = this.fixtures.patient(this.admin, "Jane" + i, "Doe");
			Treatment treatment = this.treatments.log(clinicId, this.admin.getId(), patient.getId(),
					new TreatmentDetails(this.clock.instant(), List.of(TreatedArea.of(Area.NECK)), Intensity.LIGHT,
							false, null, Set.of(), null));
			this.patientIds.add(patient.getId());
			this.treatmentIds.add(treatment.getId());
		}
	}

	@AfterEach
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void parallelStaffPageLoadsNeverGetA5xx() throws Exception {
		signIn();
		List<String> patientPages = paths(this.patientIds, "/patients/");
		List<String> treatmentPages = paths(this.treatmentIds, "/treatments/");
		List<String> mixed = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			mixed.add(switch (i % 3) {
				case 0 -> patientPages.get(i % patientPages.size());
				case 1 -> treatmentPages.get(i % treatmentPages.size());
				default -> "/";
			});
		}
		Map<String, Map<Integer, Integer>> figures = new TreeMap<>();
		figures.put("patient pages", burst(patientPages));
		figures.put("treatment pages", burst(treatmentPages));
		figures.put("dashboard", burst(List.of("/")));
		figures.put("mixed", burst(mixed));

		assertThat(figures).allSatisfy((name, byStatus) -> assertThat(byStatus.keySet()).as(name).containsOnly(200));
	}

	@Test
	void parallelPatientLinkOpensNeverGetA5xx() throws Exception {
		Long clinicId = this.admin.getClinic().getId();
		List<String> urls = new ArrayList<>();
		for (Long treatmentId : this.treatmentIds) {
			urls.add(URI
				.create(this.links.state(clinicId, treatmentId, this.treatments.file(clinicId, treatmentId).plan())
					.orElseThrow()
					.url())
				.getPath());
		}

		Map<Integer, Integer> byStatus = burst(urls);

		assertThat(byStatus.keySet()).as("patient links").containsOnly(200);
	}

	/**
	 * Sends {@value #PARALLEL} GETs at once, cycling through the paths, and prints how
	 * many got each status and how long the burst took. Each page is loaded once before,
	 * so that the burst meets a running server, not one still compiling its templates.
	 */
	private Map<Integer, Integer> burst(List<String> paths) throws Exception {
		for (String path : new LinkedHashSet<>(paths)) {
			this.client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.discarding());
		}
		CountDownLatch ready = new CountDownLatch(PARALLEL);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			HttpRequest request = HttpRequest.newBuilder(url(paths.get(i % paths.size())))
				.timeout(Duration.ofSeconds(30))
				.build();
			answers.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}));
		}
		ready.await();
		long start = System.nanoTime();
		go.countDown();
		Map<Integer, Integer> byStatus = new TreeMap<>();
		for (Future<Integer> answer : answers) {
			byStatus.merge(answer.get(), 1, Integer::sum);
		}
		long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
		System.out.printf("%d parallel GETs of %s: %s in %d ms%n", PARALLEL,
				(paths.size() == 1) ? paths.get(0) : paths.size() + " paths", byStatus, elapsed);
		return byStatus;
	}

	private void signIn() throws Exception {
		String login = this.client
			.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
		String form = "email=" + encode(this.admin.getEmail()) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<Void> signedIn = this.client.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
	}

	private static List<String> paths(List<Long> ids, String prefix) {
		return ids.stream().map((id) -> prefix + id).toList();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
