package org.linju.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the first account exists, sends every page to {@code /setup}, where the first district admin is
 * created. A production start therefore never has a default password.
 */
class FirstAdminSetupFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final AtomicBoolean accountsExist = new AtomicBoolean();

    FirstAdminSetupFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (accountsExist.get()
                || isExempt(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        if (accounts.anyExist()) {
            accountsExist.set(true);
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/setup");
    }

    private static boolean isExempt(String path) {
        return path.equals("/setup") || path.startsWith("/actuator/health") || AlwaysReachable.isAssetOrError(path);
    }
}
