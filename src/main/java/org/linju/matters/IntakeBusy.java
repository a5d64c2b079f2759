package org.linju.matters;

/** Reports are arriving faster than they can be stored just now: the report was not taken; try again shortly. */
public class IntakeBusy extends RuntimeException {

	IntakeBusy(Throwable cause) {
		super("matter.busy", cause);
	}
}
