package org.linju.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The failed-sign-in counters, in the database so that every app instance sees the same delays. */
@Repository
class LoginFailures {

	/**
	 * One counter: a name from one address, an address (name {@code ""}) or a name from everywhere (address
	 * {@code ""}), and the policy that turns its count into a delay.
	 */
	record Counter(String username, String address, DelayPolicy policy) {
	}

	/** An account whose sign-ins wait, as the district admins' list shows it. */
	record DelayedAccount(String username, String displayName, Instant delayedUntil, int failures,
			List<String> addresses) {
	}

	/** A client address whose sign-ins wait, whatever the name. */
	record DelayedAddress(String address, Instant delayedUntil, int failures) {
	}

	private final JdbcClient jdbc;

	LoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean anyDelayed(List<Counter> counters) {
		return counters.stream()
			.anyMatch(counter -> jdbc.sql("""
					select exists (select 1 from login_failure
					               where username = ? and address = ? and delayed_until > now())
					""").params(counter.username(), counter.address()).query(Boolean.class).single());
	}

	/** Counts one more failure (starting again after {@link DelayPolicy#MEMORY}) and delays as the policy says. */
	void countFailure(Counter counter) {
		int failures = jdbc.sql("""
				insert into login_failure as f (username, address, failures, last_failed_at)
				values (?, ?, 1, now())
				on conflict (username, address) do update
				set failures = case when f.last_failed_at < now() - make_interval(secs => ?) then 1 else f.failures + 1 end,
				    last_failed_at = now()
				returning failures
				""")
			.params(counter.username(), counter.address(), DelayPolicy.MEMORY.toSeconds())
			.query(Integer.class)
			.single();
		Duration delay = counter.policy().delayAfter(failures);
		if (!delay.isZero()) {
			jdbc.sql("update login_failure set delayed_until = now() + make_interval(secs => ?) where username = ? and address = ?")
				.params(delay.toSeconds(), counter.username(), counter.address())
				.update();
		}
	}

	void forget(Counter counter) {
		jdbc.sql("delete from login_failure where username = ? and address = ?")
			.params(counter.username(), counter.address())
			.update();
	}

	/** Accounts inside the area (every account for an unrestricted admin) whose sign-ins wait now. */
	List<DelayedAccount> delayedWithin(GridScope area) {
		return jdbc.sql("""
				select a.username, a.display_name, max(f.delayed_until) as delayed_until, max(f.failures) as failures,
				       array_agg(f.address order by f.address) filter (where f.address <> '') as addresses
				from login_failure f join account a on a.username = f.username
				where f.username in (select username from login_failure where delayed_until > now())
				  and (:whole or\s""" + AccountStore.WITHIN_AREA + """
				)
				group by a.username, a.display_name
				order by max(f.delayed_until) desc
				""")
			.param("whole", area.isUnrestricted())
			.param("patterns", area.sqlPatterns())
			.query((rs, row) -> {
				java.sql.Array addresses = rs.getArray("addresses");
				return new DelayedAccount(rs.getString("username"), rs.getString("display_name"),
						rs.getObject("delayed_until", OffsetDateTime.class).toInstant(), rs.getInt("failures"),
						addresses == null ? List.of() : List.of((String[]) addresses.getArray()));
			})
			.list();
	}

	/** Clears every counter of an account inside the area; false when there is no such account there. */
	boolean clearWithin(String username, GridScope area) {
		return jdbc.sql("""
				delete from login_failure f using account a
				where f.username = :username and a.username = f.username and (:whole or\s""" + AccountStore.WITHIN_AREA + """
				)""")
			.param("username", username)
			.param("whole", area.isUnrestricted())
			.param("patterns", area.sqlPatterns())
			.update() > 0;
	}

	List<DelayedAddress> delayedAddresses() {
		return jdbc.sql("""
				select address, delayed_until, failures from login_failure
				where username = '' and delayed_until > now()
				order by delayed_until desc limit 100
				""")
			.query((rs, row) -> new DelayedAddress(rs.getString("address"),
					rs.getObject("delayed_until", OffsetDateTime.class).toInstant(), rs.getInt("failures")))
			.list();
	}

	boolean clearAddress(String address) {
		return jdbc.sql("delete from login_failure where username = '' and address = ?").param(address).update() > 0;
	}

	int purgeForgotten() {
		return jdbc.sql("delete from login_failure where last_failed_at < now() - make_interval(secs => ?)")
			.param(DelayPolicy.MEMORY.toSeconds())
			.update();
	}
}
