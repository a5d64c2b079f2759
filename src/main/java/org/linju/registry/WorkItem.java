package org.linju.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An item of the grid work list as its latest filing left it.
 *
 * @param convenience one of the convenience services moved down to the grids (便民服务下沉)
 * @param reason why it was banned or retired
 * @param exitsOn the day a retired item leaves the list (it is still admitted before)
 */
public record WorkItem(
        String code,
        String categoryCode,
        String name,
        String nameEn,
        boolean convenience,
        ItemState state,
        @Nullable String reason,
        @Nullable LocalDate exitsOn) {

    /** Why a task of this item may not be pushed to a grid on {@code day}, if it may not. */
    public Optional<Refusal> refusalOn(LocalDate day) {
        return switch (state) {
            case ADMITTED -> Optional.empty();
            case BANNED -> Optional.of(new Refusal(ItemState.BANNED, reason, null));
            case EXITED ->
                exitsOn != null && exitsOn.isAfter(day)
                        ? Optional.empty()
                        : Optional.of(new Refusal(ItemState.EXITED, reason, exitsOn));
        };
    }

    /** Whether the item may be assigned today: admitted, or retiring on a later day. */
    public boolean assignableOn(LocalDate day) {
        return refusalOn(day).isEmpty();
    }

    public String label(Locale locale) {
        return isEnglish(locale) ? nameEn : name;
    }

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Why an item was refused: banned with a reason, or retired on a day. */
    public record Refusal(
            ItemState state,
            @Nullable String reason,
            @Nullable LocalDate since) {

        /** The text kept with a refused task. */
        String summary() {
            String text = state == ItemState.BANNED ? "禁入" : "退出 " + since;
            return reason == null ? text : text + "：" + reason;
        }
    }
}
