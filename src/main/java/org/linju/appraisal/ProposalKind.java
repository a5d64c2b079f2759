package org.linju.appraisal;

/** What a grid leader proposes for a worker (人事建议): commend, warn or replace. */
public enum ProposalKind {
    COMMEND,
    WARN,
    REPLACE;

    public String messageKey() {
        return "appraisal.proposal." + name();
    }
}
