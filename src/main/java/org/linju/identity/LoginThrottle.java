package org.linju.identity;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords. Counts live in the database, so the
 * limit holds across app instances.
 */
@Component
class LoginThrottle {

	private final AccountStore store;
	private final int maxFailures;
	private final Duration lockout;

	LoginThrottle(AccountStore store, @Value("${linju.login.max-failures:5}") int maxFailures,
			@Value("${linju.login.lockout:15m}") Duration lockout) {
		this.store = store;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		store.recordFailedLogin(event.getAuthentication().getName(), maxFailures, lockout);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		store.recordSuccessfulLogin(event.getAuthentication().getName());
	}
}
