package org.linju.forces;

import org.jspecify.annotations.Nullable;

/** A seat of the community's committees (社区两委) with its holder (A), backup (B) and who acts now. */
public record CommunityDutyLine(String title, ForceMember holder, @Nullable ForceMember backup, ForceMember acting) {

	public boolean switched() {
		return !acting.id().equals(holder.id());
	}
}
