package org.linju.matters;

/** How a matter came in. */
public enum Channel {
	WEB, PATROL, HOTLINE, WALK_IN, API
}
