package org.linju.works;

import java.time.LocalDate;

/** A work of the catalogue done on a back street, and when. */
public record DoneWork(StreetWork work, LocalDate doneOn) {}
