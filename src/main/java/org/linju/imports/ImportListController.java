package org.linju.imports;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The list of imports ({@code /imports}): the caller's own jobs of every kind, and those of others they may follow,
 * paged and filtered by kind, state and day; {@code /imports?state=RUNNING} lists those not finished yet.
 */
@Controller
class ImportListController {

    /** The list as the URL asks for it. */
    record ImportQuery(
            @Nullable String kind,
            ImportFilter.@Nullable State state,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate from,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate to,

            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort,
            @Nullable String dir) {

        ImportFilter filter() {
            return new ImportFilter(kind, state, from, to);
        }

        ListRequest request() {
            return ListRequest.of(page, size, sort, dir, ImportList.COLUMNS, true);
        }
    }

    private final ImportList list;

    ImportListController(ImportList list) {
        this.list = list;
    }

    @GetMapping("/imports")
    String imports(@AuthenticationPrincipal CurrentUser user, ImportQuery query, Model model) {
        model.addAttribute("page", list.page(user, query.filter(), query.request()));
        model.addAttribute("filter", query.filter());
        model.addAttribute("kinds", list.kinds());
        model.addAttribute("states", ImportFilter.State.values());
        return "imports/list";
    }
}
