package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.linju.funds.FundSource;

/** The demo's water money: Yichun's figures by purpose, a whole year of payments within each line, two lines behind. */
class DemoFundsPlanTest {

    @Test
    void theLinesCarryYichunsFiguresAndAYearOfPaymentsStaysWithinEachLine() {
        long flood = DemoFundsPlan.LINES.stream()
                .filter(line -> line.name().contains("防洪"))
                .mapToLong(DemoFundsPlan.Line::yuan)
                .sum();
        assertThat(flood).isEqualTo(2_639_000_000L);
        assertThat(DemoFundsPlan.LINES.stream()
                        .filter(line -> line.source() == FundSource.CITY)
                        .mapToLong(DemoFundsPlan.Line::yuan)
                        .sum())
                .isEqualTo(130_000_000L);
        for (DemoFundsPlan.Line line : DemoFundsPlan.LINES) {
            BigDecimal year = BigDecimal.ZERO;
            for (int m = 1; m <= 12; m++) {
                year = year.add(DemoFundsPlan.payment(line, YearMonth.of(DemoFundsPlan.YEAR, m)));
            }
            assertThat(year).isLessThanOrEqualTo(BigDecimal.valueOf(line.yuan()));
            assertThat(line.targets()).isNotEmpty();
        }
        assertThat(DemoFundsPlan.LINES).filteredOn(line -> line.pace() < 0.5).hasSize(2);
    }
}
