package org.linju.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a markdown message to the group robot configured for a grid (or its community). A failure throws, which
 * leaves the event publication incomplete, so it is retried later and never lost.
 */
@Component
class WebhookDelivery {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookDelivery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void send(String gridCode, String title, String markdown) {
		Optional<Map<String, Object>> hook = jdbc.sql("""
				select kind, url from notify_webhook where ? like scope_code || '%' order by length(scope_code) desc limit 1
				""").param(gridCode).query().listOfRows().stream().findFirst();
		if (hook.isEmpty()) {
			return;
		}
		String kind = (String) hook.get().get("kind");
		Object body = "DINGTALK".equals(kind)
				? Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown))
				: Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown));
		HttpRequest request = HttpRequest.newBuilder(URI.create((String) hook.get().get("url")))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new WebhookUnavailable("webhook answered " + response.statusCode());
			}
		}
		catch (IOException e) {
			throw new WebhookUnavailable("webhook unreachable: " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new WebhookUnavailable("interrupted");
		}
	}

	/** The webhook did not take the message; the publication stays incomplete and is retried. */
	static class WebhookUnavailable extends RuntimeException {

		WebhookUnavailable(String message) {
			super(message);
		}
	}
}
