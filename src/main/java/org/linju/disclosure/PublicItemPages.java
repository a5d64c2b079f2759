package org.linju.disclosure;

import java.util.List;
import org.linju.matters.OpenMatters;
import org.linju.shared.PublicBaseUrl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The model of an item's public page and board, with the categories a resident's question may be filed under. */
@Component
@ConditionalOnWebApplication
class PublicItemPages {

    private final PublishedItems published;
    private final PublicBaseUrl baseUrl;
    private final OpenMatters matters;

    PublicItemPages(PublishedItems published, PublicBaseUrl baseUrl, OpenMatters matters) {
        this.published = published;
        this.baseUrl = baseUrl;
        this.matters = matters;
    }

    ModelAndView view(Subject subject, PublishedItems.Published state, String template) {
        DisclosedItem item = published.disclosed(subject).orElseThrow(DisclosurePaths::notFound);
        String path = DisclosurePaths.page(subject);
        ModelAndView view = new ModelAndView(template);
        view.addObject("view", new PublicItemView(item, state.tally(), baseUrl.of(path), path));
        view.addObject("categories", categories());
        return view;
    }

    /** The categories a matter is filed under: those no other category lies under (a group is not one). */
    List<OpenMatters.Kind> categories() {
        List<OpenMatters.Kind> all = matters.categories();
        return all.stream()
                .filter(kind -> all.stream()
                        .noneMatch(other -> !other.code().equals(kind.code())
                                && other.code().startsWith(kind.code())))
                .toList();
    }
}
