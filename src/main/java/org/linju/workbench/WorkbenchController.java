package org.linju.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.AreaStanding;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The home page of every signed-in person: their workbench. */
@Controller
class WorkbenchController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Workbench workbench;

    WorkbenchController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/")
    String workbench(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("header", workbench.header(user));
        model.addAttribute("reports", workbench.reports(user));
        workbench.desk(user).ifPresent(desk -> {
            model.addAttribute("desk", desk);
            desk.standing().ifPresent(standing -> model.addAttribute("trendJson", trend(standing)));
        });
        return "workbench/workbench";
    }

    /** The trend chart's numbers in percent (null where a month had nothing due), area and district. */
    private static String trend(AreaStanding.Standing standing) {
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put(
                "months",
                standing.areaTrend().stream().map(AreaStanding.Rates::code).toList());
        trend.put("area", series(standing.areaTrend()));
        trend.put("district", standing.wholeDistrict() ? Map.of() : series(standing.districtTrend()));
        return JSON.writeValueAsString(trend);
    }

    private static Map<String, List<@Nullable Double>> series(List<AreaStanding.Rates> months) {
        Map<String, List<@Nullable Double>> series = new LinkedHashMap<>();
        series.put("response", months.stream().map(m -> percent(m.response())).toList());
        series.put(
                "resolution", months.stream().map(m -> percent(m.resolution())).toList());
        series.put(
                "satisfaction",
                months.stream().map(m -> percent(m.satisfaction())).toList());
        return series;
    }

    private static @Nullable Double percent(@Nullable Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
