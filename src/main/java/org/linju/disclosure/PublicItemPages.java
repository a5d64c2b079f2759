package org.linju.disclosure;

import org.linju.shared.PublicBaseUrl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The model of an item's public page and board, with the categories a resident's question may be filed under. */
@Component
@ConditionalOnWebApplication
class PublicItemPages {

    private final PublicBaseUrl baseUrl;
    private final PublicQuestions questions;

    PublicItemPages(PublicBaseUrl baseUrl, PublicQuestions questions) {
        this.baseUrl = baseUrl;
        this.questions = questions;
    }

    ModelAndView view(DisclosedItem item, PublishedItems.Published state, String template) {
        String path = DisclosurePaths.page(item.subject());
        ModelAndView view = new ModelAndView(template);
        view.addObject("view", new PublicItemView(item, state.tally(), baseUrl.of(path), path));
        view.addObject("categories", questions.categories());
        return view;
    }
}
