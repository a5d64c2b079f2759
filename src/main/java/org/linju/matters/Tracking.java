package org.linju.matters;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the public tracking page shows: progress and public notes, never the description or the phone. A report
 * merged into another matter shows that matter's progress, so both reporters follow the same work.
 */
@Service
public class Tracking {

	/** The public face of a matter; {@code mergedInto} is the progress of the matter it was merged into. */
	public record Progress(String trackingCode, String categoryName, Stage stage, Instant reportedAt,
			@Nullable String gridCode, List<TimelineEntry> publicSteps, boolean mayRate, @Nullable Progress mergedInto) {
	}

	private final MatterStore store;

	Tracking(MatterStore store) {
		this.store = store;
	}

	public Progress progress(String trackingCode) {
		return progress(store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new), true);
	}

	/** Follows a merge one step only, so even merges made at the same moment in both directions cannot loop. */
	private Progress progress(MatterView matter, boolean followMerge) {
		Progress mergedInto = matter.mergedInto() == null || !followMerge ? null
				: store.find(matter.mergedInto()).map(target -> progress(target, false)).orElse(null);
		return new Progress(matter.trackingCode(), matter.categoryName(), matter.stage(), matter.reportedAt(),
				matter.gridCode(), store.timeline(matter.id(), true), matter.stage() == Stage.STRUCK_OFF, mergedInto);
	}
}
