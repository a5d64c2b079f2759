package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the sign-in form cannot tell apart: a wrong password, a name that is no account, a disabled account, a delay. */
class ThrottledSignInTest {

    private final Accounts accounts = mock(Accounts.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final CountingEncoder passwords = new CountingEncoder();
    private final ThrottledSignIn signIn = new ThrottledSignIn(accounts, passwords, throttle);

    ThrottledSignInTest() {
        when(throttle.admit(any()))
                .thenAnswer(call -> Optional.of(new LoginThrottle.Admission(call.getArgument(0), false)));
    }

    private static CurrentUser account(String username, boolean enabled) {
        return new CurrentUser(
                UUID.randomUUID(),
                username,
                "right",
                "测试",
                Role.GRID_WORKER,
                GridScope.unrestricted(),
                false,
                enabled,
                null);
    }

    private void attempt(String username, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aNameThatIsNoAccountCostsAPasswordCheckAndCountsAsAFailure() {
        when(accounts.loadUserByUsername("nobody")).thenThrow(new UsernameNotFoundException("no such account"));
        assertThatThrownBy(() -> attempt("nobody", "guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.checks).as("password checks for an unknown name").isEqualTo(1);
        verify(throttle).admit(any());
        verify(throttle, never()).succeeded(any());
    }

    @Test
    void aDisabledAccountIsToldApartOnlyAfterItsPasswordWasChecked() {
        when(accounts.loadUserByUsername("gone")).thenReturn(account("gone", false));
        assertThatThrownBy(() -> attempt("gone", "guess")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("gone", "right")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.checks).isEqualTo(2);
        verify(throttle, never()).succeeded(any());
    }

    @Test
    void whileTheNameOrAddressWaitsEvenTheRightPasswordIsRefusedUnchecked() {
        when(accounts.loadUserByUsername("worker")).thenReturn(account("worker", true));
        when(throttle.admit(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> attempt("worker", "right")).isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.checks).isZero();
        verify(throttle, never()).succeeded(any());

        when(throttle.admit(any()))
                .thenAnswer(call -> Optional.of(new LoginThrottle.Admission(call.getArgument(0), false)));
        attempt("worker", "right");
        verify(throttle).succeeded(any());
    }

    private static final class CountingEncoder implements PasswordEncoder {

        int checks;

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return raw.toString().equals(encoded);
        }
    }
}
