package org.linju.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Holds an account that signed in with a temporary password on the password page until it picks its own. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null
                && authentication.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword()
                && !isExempt(path)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
                return;
            }
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isExempt(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || AlwaysReachable.isAssetOrError(path);
    }
}
