package org.linju.matters;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the public tracking page shows: progress and public notes, never the description or the phone. */
@Service
public class Tracking {

	/** The public face of a matter. */
	public record Progress(String trackingCode, String categoryName, Stage stage, Instant reportedAt,
			@Nullable String gridCode, List<TimelineEntry> publicSteps, boolean mayRate) {
	}

	private final MatterStore store;

	Tracking(MatterStore store) {
		this.store = store;
	}

	public Progress progress(String trackingCode) {
		MatterView matter = store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new);
		return new Progress(matter.trackingCode(), matter.categoryName(), matter.stage(), matter.reportedAt(),
				matter.gridCode(), store.timeline(matter.id(), true), matter.stage() == Stage.STRUCK_OFF);
	}
}
