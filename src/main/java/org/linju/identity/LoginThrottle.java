package org.linju.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, at the sign-in form and on the password page alike. Failures are counted per name
 * from one address, per address and per name ({@link DelayPolicy}); while any of the three waits, an attempt is
 * refused unchecked, right password or not, with the same answer as a wrong password. Names that are no account are
 * counted the same way, so neither the answer nor a delay tells which names exist.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginFailures failures;

	LoginThrottle(LoginFailures failures) {
		this.failures = failures;
	}

	boolean mustWait(SignInAttempt attempt) {
		return failures.anyDelayed(attempt.counters());
	}

	@Transactional
	void failed(SignInAttempt attempt) {
		attempt.counters().forEach(failures::countFailure);
	}

	/**
	 * The right password clears the name's counters, but not the address's: signing in to one's own account must not
	 * buy more guesses at others.
	 */
	@Transactional
	void succeeded(SignInAttempt attempt) {
		attempt.counters().stream().filter(counter -> !counter.username().isEmpty()).forEach(failures::forget);
	}

	@Scheduled(fixedDelayString = "${linju.login.purge-interval:1h}", initialDelayString = "5m")
	void purgeForgotten() {
		int purged = failures.purgeForgotten();
		if (purged > 0) {
			log.info("Forgot {} failed-sign-in counters older than a day", purged);
		}
	}
}
