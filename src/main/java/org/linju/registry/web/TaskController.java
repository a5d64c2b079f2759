package org.linju.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.linju.grid.AreaChoices;
import org.linju.grid.AreaNames;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.registry.Assignment;
import org.linju.registry.Catalogue;
import org.linju.registry.GridTask;
import org.linju.registry.GridTasks;
import org.linju.registry.PurchaseRequired;
import org.linju.registry.TaskFilter;
import org.linju.registry.TaskInvalid;
import org.linju.registry.TaskList;
import org.linju.registry.TaskOutcome;
import org.linju.registry.WorkItem;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A department hands a task to grids (the item picked from the list, the grids from the tree), and the grids' tasks
 * list. A refused or incomplete task comes back to the form with the reason, the form as it was filled in.
 */
@Controller
class TaskController {

    private final GridTasks tasks;
    private final TaskList list;
    private final Catalogue catalogue;
    private final Departments departments;
    private final AreaChoices areas;
    private final AreaNames names;

    TaskController(
            GridTasks tasks,
            TaskList list,
            Catalogue catalogue,
            Departments departments,
            AreaChoices areas,
            AreaNames names) {
        this.names = names;
        this.tasks = tasks;
        this.list = list;
        this.catalogue = catalogue;
        this.departments = departments;
        this.areas = areas;
    }

    @GetMapping("/registry/assign")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!GridTasks.mayAssign(user)) {
            throw new OutOfScope("task assignment");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TaskForm.empty());
        }
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("items", catalogue.items());
        model.addAttribute("today", LocalDate.now(DateRange.CHINA));
        model.addAttribute("ownDepartment", user.departmentCode());
        model.addAttribute("departments", departments.all());
        return "registry/assign";
    }

    @PostMapping("/registry/assign")
    String assign(
            @AuthenticationPrincipal CurrentUser user,
            TaskForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("form", form);
        Assignment done;
        try {
            done = tasks.assign(user, form.toCommand());
        } catch (TaskInvalid | PurchaseRequired refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", refused.getMessage());
            return form(user, model);
        }
        if (!done.wentThrough()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", done.refusal());
            return form(user, model);
        }
        // In the address, not the session: the page says what went where, and a reload says it again harmlessly.
        redirect.addAttribute("went", done.grids());
        redirect.addAttribute("outcome", done.outcome().name());
        return "redirect:/registry/assign";
    }

    @GetMapping("/registry/tasks")
    String tasks(@AuthenticationPrincipal CurrentUser user, TaskFilter filter, Model model) {
        ListPage<GridTask> page = list.page(user, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("departments", departments.all());
        model.addAttribute("departmentNames", departmentNames());
        model.addAttribute("outcomes", new TaskOutcome[] {TaskOutcome.ADMITTED, TaskOutcome.FUNDED});
        model.addAttribute("items", catalogue.items().stream().collect(Collectors.toMap(WorkItem::code, item -> item)));
        model.addAttribute(
                "gridNames",
                names.of(page.rows().stream().map(GridTask::gridCode).collect(Collectors.toSet())));
        model.addAttribute("zone", DateRange.CHINA);
        return "registry/tasks";
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::code, Department::name));
    }
}
