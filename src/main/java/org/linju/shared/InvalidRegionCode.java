package org.linju.shared;

/** A string that is not a valid district, street, community or grid code. */
public class InvalidRegionCode extends IllegalArgumentException {

    public InvalidRegionCode(String reason) {
        super(reason);
    }
}
