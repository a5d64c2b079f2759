package org.linju.emergency.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.CommandBoard;
import org.linju.emergency.Declarations;
import org.linju.emergency.DirectiveInbox;
import org.linju.emergency.Directives;
import org.linju.emergency.Emergencies;
import org.linju.emergency.Emergency;
import org.linju.emergency.PlanReview;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Declaring and lifting emergencies, the live command board, directives and the post-event review. */
@Controller
class EmergencyController {

    private final Emergencies emergencies;
    private final Directives directives;
    private final DirectiveInbox inbox;
    private final CommandBoard board;
    private final Declarations declarations;
    private final PlanReview planReview;

    EmergencyController(
            Emergencies emergencies,
            Directives directives,
            DirectiveInbox inbox,
            CommandBoard board,
            Declarations declarations,
            PlanReview planReview) {
        this.emergencies = emergencies;
        this.directives = directives;
        this.inbox = inbox;
        this.board = board;
        this.declarations = declarations;
        this.planReview = planReview;
    }

    /** Declares from a plan or improvised; the areas come from the picker, checked again here against the scope. */
    @PostMapping("/emergency")
    String declare(@AuthenticationPrincipal CurrentUser user, DeclareForm form) {
        Emergency emergency = declarations.declare(user, form.toDeclaration());
        return "redirect:/emergency/" + emergency.id();
    }

    @GetMapping("/emergency/{id}")
    String page(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        model.addAttribute("board", board.board(user, id, area));
        model.addAttribute("area", area);
        model.addAttribute("roles", GovernanceRole.values());
        model.addAttribute("forceKinds", ForceKind.values());
        return "emergency/board";
    }

    /** The part of the board that refreshes itself every few seconds (htmx). */
    @GetMapping("/emergency/{id}/board")
    String live(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String area,
            Model model) {
        model.addAttribute("board", board.board(user, id, area));
        model.addAttribute("area", area);
        return "emergency/partials/live :: live";
    }

    @PostMapping("/emergency/{id}/directives")
    String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid DirectiveForm form) {
        directives.issue(
                user, id, form.text(), codes(form.targets()), form.roleSet(), form.kindSet(), form.ackWithin());
        return "redirect:/emergency/" + id;
    }

    @PostMapping("/emergency/{id}/lift")
    String lift(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String summary) {
        emergencies.lift(user, id, summary);
        return "redirect:/emergency/" + id + "/review";
    }

    @PostMapping("/emergency/{id}/directives/{directive}/members/{member}/unavailable")
    String unavailable(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID directive,
            @PathVariable UUID member,
            @RequestParam String reason) {
        directives.markUnavailable(user, directive, member, reason);
        return "redirect:/emergency/" + id;
    }

    @PostMapping("/emergency/{id}/directives/{directive}/members/{member}/acknowledge")
    String acknowledgeFor(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID directive,
            @PathVariable UUID member) {
        directives.acknowledgeFor(user, directive, member);
        return "redirect:/emergency/" + id;
    }

    @GetMapping("/emergency/{id}/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("board", board.review(user, id));
        model.addAttribute("log", emergencies.log(user, id));
        model.addAttribute("comparison", planReview.compare(user, id).orElse(null));
        return "emergency/review";
    }

    @GetMapping("/directives")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("received", inbox.mine(user));
        return "emergency/mine";
    }

    @PostMapping("/directives/{directive}/acknowledge")
    String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID directive) {
        directives.acknowledge(user, directive);
        return "redirect:/directives?acknowledged";
    }

    private static List<String> codes(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,，、]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
