package org.linju.identity;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, at the sign-in form and on the password page alike. Failures are counted per name
 * from one address, per address and per name ({@link DelayPolicy}); while one of them waits, an attempt is refused
 * unchecked, right password or not, with the same answer as a wrong password. Names that are no account are counted
 * the same way, so neither the answer nor a delay tells which names exist.
 * <p>
 * An attempt is counted as a failure before its password is checked and taken back when it proves right, so
 * attempts sent at once get no more checks than attempts sent one by one.
 */
@Component
class LoginThrottle {

    /** An attempt whose password may be checked; it counts as a failure until {@link #succeeded} says otherwise. */
    record Admission(SignInAttempt attempt, boolean delayedItsAddress) {}

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginFailures failures;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(LoginFailures failures, PlatformTransactionManager transactions) {
        this.failures = failures;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Lets the attempt through to its password check, counted as a failure on its three counters, or refuses it
     * without counting anything. The name's count over all addresses refuses only from an address that failed for
     * the name before: a guesser spread over many addresses gets one try from each new one, and the owner at their
     * own address is not held up by them.
     */
    Optional<Admission> admit(SignInAttempt attempt) {
        return ownTransaction.execute(status -> {
            Optional<Admission> admitted = countBeforeCheck(attempt);
            if (admitted.isEmpty()) {
                status.setRollbackOnly();
            }
            return admitted;
        });
    }

    private Optional<Admission> countBeforeCheck(SignInAttempt attempt) {
        Optional<Integer> fromHere = failures.countBeforeCheck(attempt.nameFromAddress(), true);
        if (fromHere.isEmpty()) {
            return Optional.empty();
        }
        LoginFailures.Counter address = attempt.addressForAllNames();
        Optional<Integer> fromAddress = failures.countBeforeCheck(address, true);
        if (fromAddress.isEmpty()) {
            return Optional.empty();
        }
        boolean failedHereBefore = fromHere.get() > 1;
        if (failures.countBeforeCheck(attempt.nameFromAllAddresses(), failedHereBefore)
                .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Admission(
                attempt, !address.policy().delayAfter(fromAddress.get()).isZero()));
    }

    /**
     * The right password clears the name's counters, but only takes its own failure back from the address's: signing
     * in to one's own account must not buy more guesses at others.
     */
    @Transactional
    void succeeded(Admission admission) {
        SignInAttempt attempt = admission.attempt();
        failures.forget(attempt.nameFromAddress());
        failures.uncount(attempt.addressForAllNames(), admission.delayedItsAddress());
        failures.forget(attempt.nameFromAllAddresses());
    }

    @Scheduled(fixedDelayString = "${linju.login.purge-interval:1h}", initialDelayString = "5m")
    void purgeForgotten() {
        int purged = failures.purgeForgotten();
        if (purged > 0) {
            log.info("Forgot {} failed-sign-in counters older than a day", purged);
        }
    }
}
