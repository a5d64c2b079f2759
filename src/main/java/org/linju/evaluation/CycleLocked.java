package org.linju.evaluation;

import org.linju.shared.Bimonth;

/** A two-month cycle's results are final: appeals are decided and nothing in the cycle changes any more. */
public record CycleLocked(Bimonth cycle) {}
