package org.linju.matters;

/** What staff can do to a matter. Labels are {@code action.NAME} in the message bundles. */
public enum Action {
	TRIAGE, DISPATCH, ACCEPT, RETURN, START, RESOLVE, REJECT_RESOLUTION, VERIFY, STRIKE_OFF, VOID, DEFER, RESUME
}
