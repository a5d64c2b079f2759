package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DelayPolicyTest {

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoublesUpToFifteenMinutes() {
        DelayPolicy policy = DelayPolicy.NAME_FROM_ADDRESS;
        assertThat(policy.delayAfter(4)).isZero();
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressMayMakeMoreMistakesThanOneNameBeforeItWaits() {
        assertThat(DelayPolicy.ADDRESS.delayAfter(19)).isZero();
        assertThat(DelayPolicy.ADDRESS.delayAfter(20)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anIpv6ClientCountsByItsNetworkSoNewAddressesBuyNoNewGuesses() {
        assertThat(new SignInAttempt("admin", "2001:db8:1:2:aaaa::1").address())
                .isEqualTo(new SignInAttempt("admin", "2001:db8:1:2:bbbb::9").address());
        assertThat(new SignInAttempt("admin", "10.0.0.1").address()).isEqualTo("10.0.0.1");
    }
}
