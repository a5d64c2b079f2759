package org.linju.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP client with a Linju session: signs in through the login form like a browser, keeps the cookie. */
final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();
	final String base;

	SignedInClient(String base, String username, String password) throws Exception {
		this.base = base;
		String page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
					+ csrf(page)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + login.statusCode());
		}
	}

	HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
	}

	static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1);
	}
}
