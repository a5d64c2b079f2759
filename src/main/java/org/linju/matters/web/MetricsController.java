package org.linju.matters.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.matters.MatterMetrics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The three rates as a page, as JSON and as CSV: one query, the same numbers everywhere. */
@Controller
class MetricsController {

	private final MatterMetrics metrics;
	private final MessageSource messages;

	MetricsController(MatterMetrics metrics, MessageSource messages) {
		this.metrics = metrics;
		this.messages = messages;
	}

	private List<MatterMetrics.Line> lines(CurrentUser user, MatterMetrics.Breakdown level, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : to;
		return metrics.by(level, user.scope(), from == null ? end.withDayOfMonth(1) : from, end);
	}

	@GetMapping("/matters/metrics")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		LocalDate end = to == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : to;
		LocalDate start = from == null ? end.withDayOfMonth(1) : from;
		model.addAttribute("lines", metrics.by(level, user.scope(), start, end));
		model.addAttribute("level", level);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("levels", MatterMetrics.Breakdown.values());
		return "matters/metrics";
	}

	@GetMapping("/api/v1/metrics/matters")
	@ResponseBody
	List<MatterMetrics.Line> json(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return lines(user, level, from, to);
	}

	@GetMapping("/matters/metrics.csv")
	void csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"matter-metrics.csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print('\uFEFF');
		String[] keys = { "metrics.code", "metrics.name", "metrics.reported", "metrics.responseRate",
				"metrics.resolutionRate", "metrics.satisfactionRate", "metrics.overdue", "metrics.averageHours" };
		StringBuilder header = new StringBuilder();
		for (String key : keys) {
			header.append(header.isEmpty() ? "" : ",").append(messages.getMessage(key, null, locale));
		}
		out.println(header);
		for (MatterMetrics.Line line : lines(user, level, from, to)) {
			out.println(String.join(",", line.code(), "\"" + line.name().replace("\"", "\"\"") + "\"",
					String.valueOf(line.reported()), percent(line.responseRate()), percent(line.resolutionRate()),
					percent(line.satisfactionRate()), String.valueOf(line.overdue()),
					line.averageHandlingHours() == null ? "" : String.format("%.1f", line.averageHandlingHours())));
		}
		out.flush();
	}

	static String percent(@Nullable Double rate) {
		return rate == null ? "" : String.format("%.1f%%", rate * 100);
	}
}
