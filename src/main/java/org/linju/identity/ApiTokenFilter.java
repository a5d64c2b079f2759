package org.linju.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that presents {@code Authorization: Bearer <token>} ({@link ApiTokens}) for this request only:
 * nothing goes into a session. A token that does not work is refused with 401, never taken for an anonymous call, so
 * a program with a revoked token does not go on posting as a resident would.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ApiRefusals refusals;

    ApiTokenFilter(ApiTokens tokens, ApiRefusals refusals) {
        this.tokens = tokens;
        this.refusals = refusals;
    }

    /** The token an API call presents, if any. */
    static @Nullable String presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return api && header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip()
                : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = presented(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = tokens.authenticate(token);
        if (user.isEmpty()) {
            refusals.send(response, 401, "invalid_token");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
