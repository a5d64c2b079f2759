package org.linju.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the layout needs around its content: the signed-in person's navigation ({@code ${nav}}, null
 * for visitors), whether care mode is on ({@code ${care}}) and the page's own address ({@code ${here}}, to come back
 * to after switching care mode).
 */
@ControllerAdvice
class NavigationAdvice {

    private final Navigation navigation;
    private final ObjectProvider<ScopeLabels> labels;

    NavigationAdvice(Navigation navigation, ObjectProvider<ScopeLabels> labels) {
        this.navigation = navigation;
        this.labels = labels;
    }

    @ModelAttribute("nav")
    @Nullable
    SignedInNavigation nav(@AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request) {
        if (user == null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new SignedInNavigation(navigation.menuFor(user.role()), path, user, () -> areaNames(user));
    }

    @ModelAttribute("care")
    boolean care(HttpServletRequest request) {
        return CareMode.isOn(request);
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    private List<String> areaNames(CurrentUser user) {
        ScopeLabels names = labels.getIfAvailable();
        return names == null ? List.of() : names.namesOf(user.scope());
    }
}
