package org.linju.funds;

import org.linju.shared.Fen;
import org.springframework.stereotype.Component;

/** Money as the funds pages show it ({@code ${@fundsMoney.yuan(fen)}}): exact yuan with two decimals. */
@Component("fundsMoney")
class FundsMoney {

    public String yuan(long fen) {
        return Fen.yuan(fen);
    }
}
