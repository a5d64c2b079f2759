package org.linju.workshops;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.PublicQuestions;
import org.linju.disclosure.QuestionRefused;
import org.linju.disclosure.Subject;
import org.linju.grid.GridLocator;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;

/**
 * A worker's or resident's report from a workshop's public page (码上监督): filed through disclosure's feedback, so it
 * goes through the matters intake (its checks, limits and tracking code) and counts on the page as asked and, once
 * struck off, answered. It is placed at the workshop's point, or inside its grid, so it lands in the grid's matters.
 */
@Service
public class WorkshopReports {

    private final PublicWorkshops workshops;
    private final WorkshopStore store;
    private final Feedback feedback;
    private final PublicQuestions questions;
    private final GridLocator grids;

    WorkshopReports(
            PublicWorkshops workshops,
            WorkshopStore store,
            Feedback feedback,
            PublicQuestions questions,
            GridLocator grids) {
        this.workshops = workshops;
        this.store = store;
        this.feedback = feedback;
        this.questions = questions;
        this.grids = grids;
    }

    /**
     * Files the report (a resident's question, see {@link PublicQuestions}).
     *
     * @throws QuestionRefused when the text is blank or the category is not a leaf category
     */
    public Receipt report(
            UUID workshopId,
            String text,
            String category,
            @Nullable String phone,
            @Nullable String idempotencyKey,
            Reporter reporter) {
        PublicWorkshop page = workshops.page(workshopId);
        Workshop workshop = store.find(workshopId).orElseThrow(WorkshopNotFound::new);
        double[] point = point(workshop).orElse(null);
        NewReport report = questions.report(
                page.name(), point == null ? null : point[0], point == null ? null : point[1], text, category, phone);
        return feedback.ask(new Subject(PublicWorkshops.KIND, workshopId), report, idempotencyKey, reporter);
    }

    /** The workshop's own point, or a point inside its grid; lat first. */
    private Optional<double[]> point(Workshop workshop) {
        if (workshop.lat() != null && workshop.lng() != null) {
            return Optional.of(new double[] {workshop.lat(), workshop.lng()});
        }
        return grids.grids().stream()
                .filter(entry -> entry.code().equals(workshop.gridCode()))
                .findFirst()
                .map(entry -> {
                    Point inside = entry.boundary().getInteriorPoint();
                    return new double[] {inside.getY(), inside.getX()};
                });
    }
}
