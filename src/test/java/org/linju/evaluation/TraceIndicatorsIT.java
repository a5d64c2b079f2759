package org.linju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.GridIndicator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The emergency and forces indicators on a hand-checked fixture in the demo leader's grid in November 2025: one
 * directive acknowledged after 10 minutes by one person and never by another (counted as twice its 30-minute limit),
 * and one project with a sign-up who came, one not yet marked and one marked absent.
 */
class TraceIndicatorsIT extends WebIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2025, 11, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 1, 1);

    @Autowired
    List<GridIndicator> indicators;

    @Test
    void acknowledgementMinutesAndProjectParticipationAreCountedAsByHand() {
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        List<UUID> members = jdbc.sql("select id from force_member where grid_code = ? order by id limit 3")
                .param(grid)
                .query(UUID.class)
                .list();
        assertThat(members).hasSize(3);
        UUID emergency = UUID.randomUUID();
        UUID directive = UUID.randomUUID();
        jdbc.sql("""
				insert into emergency (id, title, kind, level, area_codes, declared_by, declared_at, lifted_by, lifted_at)
				values (?, '考评夹具演练', 'FLOOD', 'IV', array[?], 'admin', '2025-11-12 09:00+08', 'admin', '2025-11-12 12:00+08')
				""").params(emergency, grid.substring(0, 12)).update();
        jdbc.sql("""
				insert into directive (id, emergency_id, text, target_codes, roles, kinds, ack_minutes, issued_by, issued_at)
				values (?, ?, '考评夹具指令', array[?], '{}', '{}', 30, 'admin', '2025-11-12 09:05+08')
				""").params(directive, emergency, grid).update();
        recipient(directive, members.get(0), grid, "ACKNOWLEDGED", "'2025-11-12 09:15+08'");
        recipient(directive, members.get(1), grid, "UNREACHABLE", "null");
        UUID project = UUID.randomUUID();
        jdbc.sql("""
				insert into project (id, grid_code, title, place, starts_at, ends_at, needed, taken, posted_by, posted_at)
				values (?, ?, '考评夹具项目', '小区广场', '2025-11-20 09:00+08', '2025-11-20 12:00+08', 5, 3, 'leader',
				        '2025-11-15 09:00+08')
				""").params(project, grid).update();
        String[] attended = {"true", "null", "false"};
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into project_signup (project_id, member_id, signed_at, attended) values (?, ?, "
                            + "'2025-11-16 09:00+08', " + attended[i] + ")")
                    .params(project, members.get(i))
                    .update();
        }

        assertThat(measure("emergency.acknowledgement", grid)).containsEntry(grid, 35.0);
        assertThat(indicator("emergency.acknowledgement").higherIsBetter()).isFalse();
        assertThat(indicator("emergency.acknowledgement").evidence(grid, FROM, UNTIL, 10))
                .extracting(GridIndicator.Evidence::summary)
                .containsExactlyInAnyOrder("✓ 10′ 考评夹具指令", "✗ 60′ 考评夹具指令");
        assertThat(measure("forces.participation", grid)).containsEntry(grid, 2.0);
        assertThat(indicator("forces.participation").evidence(grid, FROM, UNTIL, 10))
                .extracting(GridIndicator.Evidence::summary, GridIndicator.Evidence::link)
                .containsExactly(tuple("考评夹具项目 · 2/5 · ✓1", "/projects/" + project));
    }

    private void recipient(UUID directive, UUID member, String grid, String state, String acknowledged) {
        jdbc.sql("insert into directive_recipient (directive_id, member_id, grid_code, community_code, state, sent_at,"
                        + " acknowledged_at) values (?, ?, ?, ?, ?, '2025-11-12 09:05+08', " + acknowledged + ")")
                .params(directive, member, grid, grid.substring(0, 12), state)
                .update();
    }

    private Map<String, Double> measure(String key, String grid) {
        return indicator(key).measure(List.of(grid), FROM, UNTIL);
    }

    private GridIndicator indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
