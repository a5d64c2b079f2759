package org.linju.matters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step staff take on a matter, with what that step carries. Photos of the work (before or after handling, at
 * verification: JPEG or PNG, stored without their metadata) go only with {@link Start}, {@link Resolve} and
 * {@link Verify}; voiding, deferring and extending only file a request that a second person approves or turns down.
 */
public sealed interface StaffStep {

    Action action();

    /** The note or reason the step records, if it takes one. */
    default @Nullable String note() {
        return null;
    }

    default List<byte[]> photos() {
        return List.of();
    }

    /** 立案: the urgency and difficulty give the colour; an override of it needs a reason in the note. */
    record Triage(
            @Nullable Urgency urgency,
            @Nullable Difficulty difficulty,
            @Nullable Colour override,
            @Nullable String note)
            implements StaffStep {
        public Action action() {
            return Action.TRIAGE;
        }
    }

    /** 派遣; a red matter may go to a district department (by its code). */
    record Dispatch(@Nullable String note, @Nullable String department) implements StaffStep {
        public Action action() {
            return Action.DISPATCH;
        }
    }

    record Accept() implements StaffStep {
        public Action action() {
            return Action.ACCEPT;
        }
    }

    /** 回退: wrong grid or category, with the reason. */
    record Return(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.RETURN;
        }
    }

    record Start(List<byte[]> photos) implements StaffStep {
        public Action action() {
            return Action.START;
        }
    }

    /** 处理反馈: the result in the note. */
    record Resolve(@Nullable String note, List<byte[]> photos) implements StaffStep {
        public Action action() {
            return Action.RESOLVE;
        }
    }

    /** 核查 failed: back to the handler, with the reason. */
    record RejectResolution(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.REJECT_RESOLUTION;
        }
    }

    record Verify(@Nullable String note, List<byte[]> photos) implements StaffStep {
        public Action action() {
            return Action.VERIFY;
        }
    }

    record StrikeOff(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.STRIKE_OFF;
        }
    }

    /** Asks a second person to void (作废) the matter. */
    record RequestVoiding(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.VOID;
        }
    }

    /** Asks a second person to defer (缓办) the work. */
    record RequestDeferral(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.DEFER;
        }
    }

    /** Asks a second person for {@code hours} more to resolve the matter (延期). */
    record RequestExtension(@Nullable String note, @Nullable Integer hours) implements StaffStep {
        public Action action() {
            return Action.EXTEND;
        }
    }

    record Resume() implements StaffStep {
        public Action action() {
            return Action.RESUME;
        }
    }

    /** Approves the pending request; the step it stands for is taken. */
    record Approve(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.APPROVE;
        }
    }

    /** Turns the pending request down; the matter stays as it is. */
    record TurnDown(@Nullable String note) implements StaffStep {
        public Action action() {
            return Action.REJECT_REQUEST;
        }
    }
}
