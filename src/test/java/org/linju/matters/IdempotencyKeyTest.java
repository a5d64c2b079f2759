package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a report sent again with the same Idempotency-Key "the same report" (its first receipt) or not (422). */
class IdempotencyKeyTest {

    private static final NewReport REPORT = new NewReport("路灯不亮已经一周", "0101", 31.2, 107.5, "13800138000", Channel.API);

    @Test
    void theSameReportWithTheSamePhotosIsTheSameRequest() {
        assertThat(IdempotencyKey.request(REPORT, List.of(new byte[] {1, 2, 3})))
                .isEqualTo(IdempotencyKey.request(
                        new NewReport("路灯不亮已经一周", "0101", 31.2, 107.5, "13800138000", Channel.API),
                        List.of(new byte[] {1, 2, 3})));
    }

    @Test
    void anyPartThatDiffersMakesADifferentRequest() {
        String request = IdempotencyKey.request(REPORT, List.of(new byte[] {1, 2, 3}));
        assertThat(List.of(
                        IdempotencyKey.request(REPORT, List.of(new byte[] {1, 2, 4})),
                        IdempotencyKey.request(REPORT, List.of()),
                        IdempotencyKey.request(
                                new NewReport("路灯不亮已经两周", "0101", 31.2, 107.5, "13800138000", Channel.API),
                                List.of(new byte[] {1, 2, 3})),
                        IdempotencyKey.request(
                                new NewReport("路灯不亮已经一周", "0101", 31.2, 107.5001, "13800138000", Channel.API),
                                List.of(new byte[] {1, 2, 3})),
                        IdempotencyKey.request(
                                new NewReport("路灯不亮已经一周", "0101", 31.2, 107.5, null, Channel.API),
                                List.of(new byte[] {1, 2, 3}))))
                .doesNotContain(request);
    }

    @Test
    void partsCannotBeShiftedFromOneFieldIntoTheNext() {
        assertThat(IdempotencyKey.request(new NewReport("路灯不亮 0101", "1", null, null, null, Channel.API), List.of()))
                .isNotEqualTo(IdempotencyKey.request(
                        new NewReport("路灯不亮 010", "11", null, null, null, Channel.API), List.of()));
    }
}
