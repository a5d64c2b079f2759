package org.linju.emergency;

import java.util.List;
import org.linju.grid.AreaNames;
import org.springframework.stereotype.Component;

/**
 * Directive templates become directives: {@code {area}} is replaced by the areas' names, {@code {deadline}} by the
 * roll-call deadline in minutes, so a plan reads "{area}立即…，{deadline}分钟内回复" and a directive reads as a person
 * would write it.
 */
@Component
public class PlanTemplates {

    private final AreaNames names;

    PlanTemplates(AreaNames names) {
        this.names = names;
    }

    public List<String> render(List<String> templates, List<String> areaCodes, int deadlineMinutes) {
        var byCode = names.of(areaCodes);
        String area = String.join(
                "、",
                areaCodes.stream().map(code -> byCode.getOrDefault(code, code)).toList());
        return templates.stream()
                .map(text -> text.replace("{area}", area).replace("{deadline}", Integer.toString(deadlineMinutes)))
                .toList();
    }

    /** The areas by name, as people know them, in the order given. */
    public String areaNames(List<String> areaCodes) {
        var byCode = names.of(areaCodes);
        return String.join(
                "、",
                areaCodes.stream().map(code -> byCode.getOrDefault(code, code)).toList());
    }
}
