package org.linju.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The district dashboard with millions of matters.
 *
 * <pre>java -cp benchmarks.jar org.linju.bench.DashboardBench http BASE_URL USERNAME REQUESTS
 * java -cp benchmarks.jar org.linju.bench.DashboardBench page BASE_URL USERNAME REQUESTS PATH
 * java -cp benchmarks.jar org.linju.bench.DashboardBench naive JDBC_URL ROUNDS</pre>
 *
 * {@code http} signs in and fetches {@code /api/v1/matters/dashboard} (every number the page draws, computed from
 * the tallies) one request at a time. {@code naive} runs the same numbers as plain GROUP BY queries over the whole
 * matter table, the way the dashboard computed them before the tallies existed. {@code page} times any page the
 * same way (the workbench at {@code /}).
 */
public final class DashboardBench {

	/** The dashboard's numbers the naive way: every query scans the matter table of the whole district. */
	private static final List<String> NAIVE = List.of(
			"select coalesce(colour, 'NONE'), count(*) from matter where grid_code like any (array['%']) group by 1",
			"select stage, count(*) from matter where grid_code like any (array['%']) group by 1",
			"""
			select substring(grid_code, 1, 12), count(*),
			       count(*) filter (where accepted_at is not null or accept_due <= now()),
			       count(*) filter (where accepted_at <= accept_due),
			       count(*) filter (where resolved_at is not null or resolve_due <= now()),
			       count(*) filter (where stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF')),
			       count(*) filter (where rating is not null),
			       count(*) filter (where rating in ('SATISFIED', 'BASICALLY_SATISFIED')),
			       count(*) filter (where resolve_due < now() and stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'DEFERRED')),
			       avg(extract(epoch from resolved_at - reported_at) / 3600) filter (where resolved_at is not null)
			from matter where grid_code like any (array['%']) and stage not in ('VOIDED', 'MERGED')
			  and reported_at >= now() - interval '90 days'
			group by 1""",
			"""
			select id from matter where grid_code like any (array['%']) and resolve_due < now()
			  and stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'DEFERRED', 'MERGED')
			order by resolve_due limit 50""",
			"""
			select floor(lat / 0.0025), floor(lng / 0.0025), count(*) from matter
			where grid_code like any (array['%']) and lat is not null and stage not in ('VOIDED', 'MERGED') group by 1, 2""");

	private DashboardBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("http")) {
			http(args[1], args[2], Integer.parseInt(args[3]), "/api/v1/matters/dashboard");
		}
		else if (args[0].equals("page")) {
			http(args[1], args[2], Integer.parseInt(args[3]), args[4]);
		}
		else {
			naive(args[1], Integer.parseInt(args[2]));
		}
	}

	private static void http(String base, String username, int requests, String path) throws Exception {
		SignedInClient client = new SignedInClient(base, username, "Linju@2026");
		for (int i = 0; i < 20; i++) {
			fetch(client, path);
		}
		long[] latencies = new long[requests];
		int bytes = 0;
		for (int i = 0; i < requests; i++) {
			long started = System.nanoTime();
			bytes = fetch(client, path);
			latencies[i] = System.nanoTime() - started;
		}
		report(path + " over HTTP as " + username + " (" + bytes + " bytes)", latencies);
	}

	private static int fetch(SignedInClient client, String path) throws Exception {
		HttpResponse<String> response = client.http.send(client.get(path), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body().length();
	}

	private static void naive(String jdbcUrl, int rounds) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
			long[] latencies = new long[rounds];
			for (int round = -1; round < rounds; round++) {
				long started = System.nanoTime();
				for (String sql : NAIVE) {
					try (ResultSet rows = statement.executeQuery(sql)) {
						while (rows.next()) {
							rows.getObject(1);
						}
					}
				}
				if (round >= 0) {
					latencies[round] = System.nanoTime() - started;
				}
			}
			report("naive GROUP BY over the whole table (5 queries, JDBC)", latencies);
		}
	}

	private static void report(String what, long[] latencies) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.length, ms(sorted, 0.50),
				ms(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}
}
