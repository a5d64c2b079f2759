package org.linju.meetings.web;

import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.meetings.MeetingDecisions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A meeting's decisions: taken after the minutes, followed up until done. */
@Controller
class DecisionController {

    private final MeetingDecisions decisions;

    DecisionController(MeetingDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, DecisionForm form) {
        decisions.decide(user, id, form.toDraft());
        return "redirect:/meetings/" + id + "#decisions";
    }

    @PostMapping("/meetings/{id}/decisions/{decision}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID decision) {
        decisions.markDone(user, decision);
        return "redirect:/meetings/" + id + "#decision-" + decision;
    }

    @PostMapping("/meetings/{id}/decisions/{decision}/progress")
    String progress(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID decision,
            @RequestParam String progress) {
        decisions.noteProgress(user, decision, progress);
        return "redirect:/meetings/" + id + "#decision-" + decision;
    }
}
