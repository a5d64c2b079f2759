package org.linju.residents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.shared.CsvCell;
import org.linju.residents.RejectedRow;
import org.linju.residents.ResidentImport;
import org.linju.residents.RosterTemplate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload a roster, watch its progress, download the rejected rows. */
@Controller
class ResidentImportController {

	private final ResidentImport imports;
	private final MessageSource messages;

	ResidentImportController(ResidentImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/residents/import")
	String form() {
		return "residents/import";
	}

	@GetMapping("/residents/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"");
		RosterTemplate.write(response.getOutputStream());
	}

	@PostMapping("/residents/import")
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		String name = file.getOriginalFilename() == null ? "roster.xlsx" : file.getOriginalFilename();
		if (file.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			model.addAttribute("error", "roster.needsXlsx");
			response.setStatus(422);
			return "residents/import";
		}
		UUID id = imports.start(user, name, file.getInputStream());
		return "redirect:/residents/import/" + id;
	}

	@GetMapping("/residents/import/{id}")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.status(user, id));
		model.addAttribute("titleKey", "roster.title");
		model.addAttribute("base", "/residents/import");
		model.addAttribute("backPath", "/residents");
		model.addAttribute("backKey", "resident.title");
		return "fragments/importProgress";
	}

	@GetMapping("/residents/import/{id}/status")
	String status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.status(user, id));
		return "residents/partials/importStatus";
	}

	/** The rejected rows as CSV (UTF-8 with BOM, so Excel opens the Chinese text correctly). */
	@GetMapping("/residents/import/{id}/rejections.csv")
	void rejections(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejected-rows-" + id + ".csv\"");
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		out.print('\uFEFF');
		out.println(String.join(",", messages.getMessage("roster.report.row", null, locale),
				messages.getMessage("resident.name", null, locale), messages.getMessage("resident.idNumber", null, locale),
				messages.getMessage("boundary.reason", null, locale)));
		for (RejectedRow rejection : imports.rejections(user, id)) {
			String reason = messages.getMessage(rejection.reason(), new Object[] { rejection.argument() },
					rejection.reason(), locale);
			out.println(rejection.row() + "," + CsvCell.of(rejection.name()) + "," + CsvCell.of(rejection.maskedId()) + "," + CsvCell.of(reason));
		}
		out.flush();
	}
}
