package app.aftercare.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.aftercare.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's view (issue 12, 6; QUALITY 34): Prometheus metrics, with the domain's
 * own, on the management port only; never on the app's port. The probes answer on both.
 */
@ServerIntegrationTest
class OperatorViewTest {

	@LocalServerPort
	int appPort;

	@LocalManagementPort
	int managementPort;

	HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void metricsAreServedOnTheManagementPortOnlyNeverOnTheAppPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.appPort);
		HttpResponse<String> onTheAppPort = get(this.appPort, "/actuator/prometheus");
		assertThat(onTheAppPort.statusCode()).as("refused, or sent to the login page").isIn(302, 403, 404);
		assertThat(onTheAppPort.body()).doesNotContain("jvm_");

		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void domainMetricsAreCounted() throws Exception {
		get(this.appPort, "/p/" + "z".repeat(43));

		String metrics = get(this.managementPort, "/actuator/prometheus").body();
		assertThat(metrics).contains("aftercare_link_misses_total");
	}

	@Test
	void theProbesAnswerOnTheManagementPortAndOnTheAppPort() throws Exception {
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get(this.appPort, "/readyz").statusCode()).isEqualTo(200);
		assertThat(get(this.appPort, "/livez").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
