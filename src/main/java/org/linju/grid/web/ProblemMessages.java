package org.linju.grid.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linju.grid.BoundaryProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Renders boundary-import problems in the reader's language. */
@Component
class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<Map<String, Object>> describe(List<BoundaryProblem> problems) {
        return problems.stream()
                .map(problem -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("index", problem.index());
                    row.put("code", problem.code());
                    row.put("reason", problem.reason());
                    row.put(
                            "message",
                            messages.getMessage(
                                    problem.reason(),
                                    problem.args().toArray(),
                                    problem.reason(),
                                    LocaleContextHolder.getLocale()));
                    return row;
                })
                .toList();
    }
}
