package org.linju.disclosure;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The public addresses of an item; a kind that is not a kind's word is simply not found. */
final class DisclosurePaths {

    private DisclosurePaths() {}

    static Subject subject(String kind, UUID id) {
        try {
            return new Subject(kind, id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static String page(Subject subject) {
        return "/public/disclosure/" + subject.kind() + "/" + subject.id();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
