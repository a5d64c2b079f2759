package org.linju.appraisal;

/**
 * How a grid leader splits the grid's performance pay: an equal base share plus the rest by appraisal score, by points
 * the leader gives each worker, or as amounts typed for each worker. Every worker sees the rule with their amount.
 */
public enum PayRule {
    BASE_AND_SCORE,
    POINTS,
    AMOUNTS;

    public String messageKey() {
        return "appraisal.rule." + name();
    }
}
