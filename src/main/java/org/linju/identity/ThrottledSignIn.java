package org.linju.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password at the sign-in form, within the {@link LoginThrottle}. Every refusal is a
 * {@link BadCredentialsException}, so the form says the same for a wrong password, a name that is no account, a
 * disabled account and a delay. An unknown name costs one password hash like a known one (Spring's
 * {@link DaoAuthenticationProvider} hashes a dummy), and a disabled account is told apart only after its password
 * was checked; it stays counted as a failure, right password or not.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledSignIn(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication request) {
        SignInAttempt attempt = new SignInAttempt(request.getName(), clientAddress(request));
        LoginThrottle.Admission admitted = throttle.admit(attempt)
                .orElseThrow(() ->
                        new BadCredentialsException("sign-ins for this name or address wait after repeated failures"));
        try {
            Authentication signedIn = passwords.authenticate(request);
            throttle.succeeded(admitted);
            return signedIn;
        } catch (DisabledException e) {
            throw new BadCredentialsException("account disabled", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "";
    }
}
