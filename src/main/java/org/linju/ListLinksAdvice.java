package org.linju;

import jakarta.servlet.http.HttpServletRequest;
import org.linju.shared.ListLinks;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the links to other pages and orders of its own list ({@code ${links}} in templates). */
@ControllerAdvice
class ListLinksAdvice {

    @ModelAttribute("links")
    ListLinks links(HttpServletRequest request) {
        return ListLinks.of(request);
    }
}
