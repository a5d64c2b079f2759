package org.linju.disclosure;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.linju.matters.Channel;
import org.linju.matters.NewReport;
import org.linju.matters.OpenMatters;
import org.linju.matters.Receipt;
import org.linju.matters.ReportNotTaken;
import org.linju.matters.Reporter;
import org.linju.matters.UnacceptableReport;
import org.linju.shared.CachedRead;
import org.springframework.stereotype.Component;

/**
 * A resident's question or problem from any public page reached by QR code (an item's page, a workshop's page): the
 * categories it may be filed under, the report as the intake takes it, and the answer to the form — the receipt, or
 * the refusal in words with the right status ({@code 429}/{@code 503} with {@code Retry-After}, {@code 422}). The ask
 * form itself is the fragment {@code disclosure/fragments :: askForm(action)}.
 */
@Component
public class PublicQuestions {

    /** Files the report; the reporter is who asks, from the request. */
    @FunctionalInterface
    public interface Filing {
        Receipt file(Reporter reporter);
    }

    private final CachedRead<List<OpenMatters.Kind>> categories;
    private final OpenMatters matters;

    PublicQuestions(OpenMatters matters) {
        this.matters = matters;
        // Read on every render of a page; a category changed shows within the same 30 s as on the report form.
        this.categories = new CachedRead<>(Duration.ofSeconds(30), this::leafCategories);
    }

    /** The categories a matter is filed under: those no other category lies under (a group is not one). */
    public List<OpenMatters.Kind> categories() {
        return categories.get();
    }

    /**
     * The report about a titled thing at a point: the title leads the text, so the grid sees at once what it is about.
     *
     * @throws QuestionRefused when the text is blank or the category is not one of {@link #categories()}
     */
    public NewReport report(
            String title,
            @Nullable Double lat,
            @Nullable Double lng,
            String description,
            String categoryCode,
            @Nullable String phone) {
        if (categories().stream().noneMatch(kind -> kind.code().equals(categoryCode))) {
            throw new QuestionRefused("disclosure.question.category");
        }
        if (description.isBlank()) {
            throw new QuestionRefused("disclosure.question.text");
        }
        return new NewReport(
                "【" + title + "】" + description.strip(),
                categoryCode,
                lat,
                lng,
                phone == null || phone.isBlank() ? null : phone.strip(),
                Channel.QR_CODE);
    }

    /**
     * Files the question and answers the form: {@code taken} with the receipt, or {@code refused} with the message key
     * and the submission key the form is shown again with (the same one while the intake may still take the report,
     * a new one when it was refused for what it says, so that a corrected report is not taken for a repeat).
     */
    public <T> T ask(
            Filing filing,
            @Nullable String submission,
            Reporter reporter,
            HttpServletResponse response,
            Function<Receipt, T> taken,
            BiFunction<String, String, T> refused) {
        String fresh = UUID.randomUUID().toString();
        try {
            return taken.apply(filing.file(reporter));
        } catch (ReportNotTaken e) {
            response.setStatus(e.status().value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            return refused.apply(key(e.getMessage()), submission == null || submission.isBlank() ? fresh : submission);
        } catch (UnacceptableReport | QuestionRefused e) {
            response.setStatus(422);
            return refused.apply(key(e.getMessage()), fresh);
        }
    }

    private static String key(@Nullable String messageKey) {
        return messageKey == null ? "error.500" : messageKey;
    }

    private List<OpenMatters.Kind> leafCategories() {
        List<OpenMatters.Kind> all = matters.categories();
        return all.stream()
                .filter(kind -> all.stream()
                        .noneMatch(other -> !other.code().equals(kind.code())
                                && other.code().startsWith(kind.code())))
                .toList();
    }
}
