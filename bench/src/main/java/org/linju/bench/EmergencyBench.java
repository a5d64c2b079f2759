package org.linju.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A directive to every registered cadre of the demo district (15,000), over HTTP like the command board's form:
 * signs in as the district admin, declares an emergency for the district, posts the directive and times the request
 * (the fan-out and every person's state are committed before it answers), then times the live board.
 *
 * <pre>java -cp benchmarks.jar org.linju.bench.EmergencyBench BASE_URL DISTRICT_CODE BOARD_REQUESTS</pre>
 */
public final class EmergencyBench {

	private EmergencyBench() {
	}

	public static void main(String[] args) throws Exception {
		SignedInClient admin = new SignedInClient(args[0], "admin", "Linju@2026");
		String district = args[1];
		int boardRequests = Integer.parseInt(args[2]);
		String emergencyPage = post(admin, "/emergency", "/emergency", "title=" + encode("基准演练") + "&kind=FLOOD&level=IV&areas=" + district);
		String emergency = emergencyPage.substring(emergencyPage.lastIndexOf('/') + 1);
		long started = System.nanoTime();
		post(admin, "/emergency/" + emergency, "/emergency/" + emergency + "/directives",
				"text=" + encode("全体报到干部一小时内到所在网格报到") + "&kinds=REGISTERED_CADRE&ackMinutes=60");
		System.out.printf("directive to every registered cadre: fanned out and committed in %.0f ms (one HTTP request)%n",
				(System.nanoTime() - started) / 1e6);
		long[] latencies = new long[boardRequests];
		int bytes = 0;
		for (int i = -10; i < boardRequests; i++) {
			long begin = System.nanoTime();
			HttpResponse<String> board = admin.http.send(admin.get("/emergency/" + emergency + "/board"),
					HttpResponse.BodyHandlers.ofString());
			if (board.statusCode() != 200) {
				throw new IllegalStateException("board answered " + board.statusCode());
			}
			if (i >= 0) {
				latencies[i] = System.nanoTime() - begin;
				bytes = board.body().length();
			}
		}
		Arrays.sort(latencies);
		System.out.printf("live board over HTTP (%d bytes): n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", bytes,
				latencies.length, latencies[latencies.length / 2] / 1e6,
				latencies[(int) Math.ceil(0.95 * latencies.length) - 1] / 1e6, latencies[latencies.length - 1] / 1e6);
		post(admin, "/emergency/" + emergency, "/emergency/" + emergency + "/lift", "summary=" + encode("演练结束"));
	}

	/** Posts a form with the CSRF token of {@code page}; returns where it redirected to. */
	private static String post(SignedInClient client, String page, String path, String form) throws Exception {
		String csrf = SignedInClient.csrf(client.http.send(client.get(page), HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> response = client.http.send(HttpRequest.newBuilder(URI.create(client.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
