package org.linju.agenda;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages of the ten big things, open without an account: residents' proposal form (phone first, care mode,
 * limited per address and hour), an item's page with its progress and its QR code, and a year's archived list.
 */
@Controller
@ConditionalOnWebApplication
class PublicAnnualController {

    private final AnnualProposals proposals;
    private final AnnualBoard board;
    private final AreaChoices areas;
    private final ShareCodes share;
    private final ShareTexts texts;

    PublicAnnualController(
            AnnualProposals proposals, AnnualBoard board, AreaChoices areas, ShareCodes share, ShareTexts texts) {
        this.proposals = proposals;
        this.board = board;
        this.areas = areas;
        this.share = share;
        this.texts = texts;
    }

    @GetMapping("/public/communities/{code}/proposals")
    String proposalForm(@PathVariable String code, Model model) {
        return form(code, model);
    }

    private String form(String code, Model model) {
        String community = RegionCode.of(code).value();
        model.addAttribute("communityCode", community);
        model.addAttribute("communityName", proposals.communityName(community));
        model.addAttribute("year", proposals.yearFor(community));
        model.addAttribute(
                "grids",
                areas.within(GridScope.of(List.of(RegionCode.of(community)))).stream()
                        .filter(area -> area.code().length() > community.length())
                        .toList());
        model.addAttribute("boardUrl", "/public/communities/" + community);
        return "agenda/propose";
    }

    @PostMapping("/public/communities/{code}/proposals")
    String propose(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @Nullable String grid,
            @RequestParam(required = false) @Nullable String name,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String community = RegionCode.of(code).value();
        try {
            proposals.propose(community, grid, title, reason, name, request.getRemoteAddr());
            return "redirect:/public/communities/" + community + "/proposals?thanks";
        } catch (ItemInvalid | TooManyProposals e) {
            boolean tooMany = e instanceof TooManyProposals;
            response.setStatus(tooMany ? 429 : 422);
            if (tooMany) {
                response.setHeader("Retry-After", "3600");
            }
            model.addAttribute("error", e.getMessage());
            model.addAttribute("title", title);
            model.addAttribute("reason", reason);
            return form(community, model);
        }
    }

    @GetMapping("/public/annual/{id}")
    String item(@PathVariable UUID id, Model model) {
        AnnualItem item = board.publicItem(id);
        String url = share.url(AnnualBoard.itemUrl(id));
        String communityName = proposals.communityName(item.communityCode());
        model.addAttribute("item", item);
        model.addAttribute("communityName", communityName);
        model.addAttribute("milestones", board.publicMilestones(id));
        model.addAttribute("links", board.publicLinks(id));
        model.addAttribute("shareText", texts.item(item, communityName, url));
        model.addAttribute("shareUrl", url);
        model.addAttribute("qrUrl", AnnualBoard.itemUrl(id) + "/qr.png");
        model.addAttribute("yearUrl", AnnualBoard.yearUrl(item.communityCode(), item.year()));
        return "agenda/publicItem";
    }

    @GetMapping(value = "/public/annual/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> itemQr(@PathVariable UUID id, WebRequest request) {
        board.publicItem(id);
        return share.png(AnnualBoard.itemUrl(id), request);
    }

    @GetMapping("/public/communities/{code}/annual/{year}")
    String year(@PathVariable String code, @PathVariable int year, Model model) {
        String community = RegionCode.of(code).value();
        model.addAttribute("communityName", proposals.communityName(community));
        model.addAttribute("list", board.yearList(community, year));
        model.addAttribute("boardUrl", "/public/communities/" + community);
        return "agenda/year";
    }
}
