package org.linju.residents.web;

import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.residents.ResidentView;
import org.linju.residents.Residents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register over JSON: the same scope, the same masking and the same audit entries as the pages. */
@RestController
class ResidentApiController {

    private final Residents residents;

    ResidentApiController(Residents residents) {
        this.residents = residents;
    }

    /** Exact search by ID number or phone ({@code q}); masked results within the caller's area. */
    @GetMapping("/api/v1/residents")
    List<ResidentView> search(@AuthenticationPrincipal CurrentUser user, @RequestParam String q) {
        return residents.search(user, q);
    }

    @GetMapping("/api/v1/residents/{id}")
    ResidentView resident(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return residents.detail(user, id);
    }
}
