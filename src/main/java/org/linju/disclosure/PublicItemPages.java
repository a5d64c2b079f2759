package org.linju.disclosure;

import java.time.Duration;
import java.util.List;
import org.linju.matters.OpenMatters;
import org.linju.shared.CachedRead;
import org.linju.shared.PublicBaseUrl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The model of an item's public page and board, with the categories a resident's question may be filed under. */
@Component
@ConditionalOnWebApplication
class PublicItemPages {

    private final CachedRead<List<OpenMatters.Kind>> categories;
    private final PublicBaseUrl baseUrl;
    private final OpenMatters matters;

    PublicItemPages(PublicBaseUrl baseUrl, OpenMatters matters) {
        this.baseUrl = baseUrl;
        this.matters = matters;
        // Read on every render of a page; a category changed shows within the same 30 s as on the report form.
        this.categories = new CachedRead<>(Duration.ofSeconds(30), this::leafCategories);
    }

    ModelAndView view(DisclosedItem item, PublishedItems.Published state, String template) {
        String path = DisclosurePaths.page(item.subject());
        ModelAndView view = new ModelAndView(template);
        view.addObject("view", new PublicItemView(item, state.tally(), baseUrl.of(path), path));
        view.addObject("categories", categories());
        return view;
    }

    /** The categories a matter is filed under: those no other category lies under (a group is not one). */
    List<OpenMatters.Kind> categories() {
        return categories.get();
    }

    private List<OpenMatters.Kind> leafCategories() {
        List<OpenMatters.Kind> all = matters.categories();
        return all.stream()
                .filter(kind -> all.stream()
                        .noneMatch(other -> !other.code().equals(kind.code())
                                && other.code().startsWith(kind.code())))
                .toList();
    }
}
