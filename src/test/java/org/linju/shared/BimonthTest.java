package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BimonthTest {

    @Test
    void aDateFallsInItsTwoMonthsAndTheYearWraps() {
        Bimonth autumn = Bimonth.of(LocalDate.of(2026, 10, 31));
        assertThat(autumn).hasToString("2026-5");
        assertThat(autumn.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(autumn.until()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(autumn.contains(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(Bimonth.of(LocalDate.of(2026, 12, 6)).next()).isEqualTo(new Bimonth(2027, 1));
        assertThat(new Bimonth(2027, 1).previous()).isEqualTo(new Bimonth(2026, 6));
        assertThat(Bimonth.parse("2026-5")).isEqualTo(autumn);
    }

    @Test
    void nonsenseIsRefusedWithAClearReason() {
        assertThatThrownBy(() -> Bimonth.parse("2026-7")).hasMessageContaining("six");
        assertThatThrownBy(() -> Bimonth.parse("autumn")).hasMessageContaining("2026-5");
    }
}
