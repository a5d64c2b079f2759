package org.linju.residents.web;

import java.time.LocalDate;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.residents.Erasure;
import org.linju.residents.Residents;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Moving out, erasure requests and their approval. */
@Controller
class ErasureController {

    private final Erasure erasure;
    private final Residents residents;

    ErasureController(Erasure erasure, Residents residents) {
        this.erasure = erasure;
        this.residents = residents;
    }

    @PostMapping("/residents/{id}/moved-out")
    String movedOut(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        residents.moveOut(user, id, date);
        return "redirect:/residents/" + id;
    }

    @PostMapping("/residents/{id}/erasure")
    String request(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason) {
        erasure.request(user, id, reason);
        return "redirect:/residents/" + id + "?erasureRequested";
    }

    @GetMapping("/residents/erasures")
    String pending(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", erasure.pending(user));
        return "residents/erasures";
    }

    @PostMapping("/residents/erasures/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam boolean approve) {
        erasure.decide(user, id, approve);
        return "redirect:/residents/erasures?decided";
    }
}
