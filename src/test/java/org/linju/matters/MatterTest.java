package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MatterTest {

    /** Every action, the stages it is allowed from, and where it leads: the workflow as a table. */
    private record Rule(Function<Matter, Transition> action, Set<Stage> from, Stage to) {}

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry(
                    "register",
                    new Rule(m -> m.register(Colour.GREEN, null), EnumSet.of(Stage.REPORTED), Stage.REGISTERED)),
            Map.entry(
                    "dispatch",
                    new Rule(m -> m.dispatch(null), EnumSet.of(Stage.REGISTERED, Stage.RETURNED), Stage.DISPATCHED)),
            Map.entry("accept", new Rule(Matter::accept, EnumSet.of(Stage.DISPATCHED), Stage.ACCEPTED)),
            Map.entry(
                    "return",
                    new Rule(m -> m.returnBack("不属本网格"), EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED), Stage.RETURNED)),
            Map.entry("start", new Rule(Matter::start, EnumSet.of(Stage.ACCEPTED), Stage.IN_PROGRESS)),
            Map.entry("resolve", new Rule(m -> m.resolve("路灯已修复"), EnumSet.of(Stage.IN_PROGRESS), Stage.RESOLVED)),
            Map.entry(
                    "rejectResolution",
                    new Rule(m -> m.rejectResolution("仍不亮"), EnumSet.of(Stage.RESOLVED), Stage.IN_PROGRESS)),
            Map.entry("verify", new Rule(m -> m.verify(null), EnumSet.of(Stage.RESOLVED), Stage.VERIFIED)),
            Map.entry("strikeOff", new Rule(m -> m.strikeOff(null), EnumSet.of(Stage.VERIFIED), Stage.STRUCK_OFF)),
            Map.entry(
                    "void",
                    new Rule(
                            m -> m.declareVoid("重复上报"),
                            EnumSet.of(Stage.REPORTED, Stage.REGISTERED, Stage.RETURNED),
                            Stage.VOIDED)),
            Map.entry(
                    "defer",
                    new Rule(m -> m.defer("等待物业维修资金"), EnumSet.of(Stage.ACCEPTED, Stage.IN_PROGRESS), Stage.DEFERRED)),
            Map.entry("resume", new Rule(Matter::resume, EnumSet.of(Stage.DEFERRED), Stage.IN_PROGRESS)),
            Map.entry("reopen", new Rule(m -> m.reopen("仍未解决"), EnumSet.of(Stage.STRUCK_OFF), Stage.IN_PROGRESS)),
            Map.entry(
                    "merge",
                    new Rule(
                            m -> m.mergeInto("ABCDEFGH23"),
                            EnumSet.of(
                                    Stage.REPORTED,
                                    Stage.REGISTERED,
                                    Stage.DISPATCHED,
                                    Stage.ACCEPTED,
                                    Stage.IN_PROGRESS,
                                    Stage.RETURNED),
                            Stage.MERGED)));

    @Test
    void anExtensionKeepsTheStageAndIsOnlyForWorkUnderWay() {
        Set<Stage> working = EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS);
        for (Stage stage : Stage.values()) {
            Matter matter = new Matter(stage, Colour.RED, false);
            if (working.contains(stage)) {
                assertThat(matter.extend("等待配件").to()).isEqualTo(stage);
            } else {
                assertThatThrownBy(() -> matter.extend("等待配件"))
                        .as("extend from " + stage)
                        .isInstanceOf(IllegalTransition.class);
            }
        }
        assertThatThrownBy(() -> new Matter(Stage.ACCEPTED, Colour.RED, false).extend(" "))
                .isInstanceOf(ReasonMissing.class);
    }

    @Test
    void everyActionMovesFromItsStagesAndIsRefusedFromAllOthers() {
        RULES.forEach((name, rule) -> {
            for (Stage stage : Stage.values()) {
                Matter matter = new Matter(stage, Colour.YELLOW, false);
                if (rule.from().contains(stage)) {
                    Transition transition = rule.action().apply(matter);
                    assertThat(transition.from()).as(name + " from " + stage).isEqualTo(stage);
                    assertThat(transition.to()).isEqualTo(rule.to());
                    assertThat(matter.stage()).isEqualTo(rule.to());
                } else {
                    assertThatThrownBy(() -> rule.action().apply(matter))
                            .as(name + " from " + stage)
                            .isInstanceOf(IllegalTransition.class);
                    assertThat(matter.stage())
                            .as("unchanged after a refused " + name)
                            .isEqualTo(stage);
                }
            }
        });
    }

    @Test
    void allowsAnswersWhatTheStepWouldDo() {
        Map<String, Action> actions = Map.ofEntries(
                Map.entry("register", Action.TRIAGE),
                Map.entry("dispatch", Action.DISPATCH),
                Map.entry("accept", Action.ACCEPT),
                Map.entry("return", Action.RETURN),
                Map.entry("start", Action.START),
                Map.entry("resolve", Action.RESOLVE),
                Map.entry("rejectResolution", Action.REJECT_RESOLUTION),
                Map.entry("verify", Action.VERIFY),
                Map.entry("strikeOff", Action.STRIKE_OFF),
                Map.entry("void", Action.VOID),
                Map.entry("defer", Action.DEFER),
                Map.entry("resume", Action.RESUME),
                Map.entry("merge", Action.MERGE));
        actions.forEach((name, action) -> {
            for (Stage stage : Stage.values()) {
                assertThat(new Matter(stage, Colour.YELLOW, false).allows(action))
                        .as(action + " from " + stage)
                        .isEqualTo(RULES.get(name).from().contains(stage));
            }
        });
    }

    @Test
    void aRecordedMatterRaisesTheEventsOfItsSteps() {
        UUID id = UUID.randomUUID();
        Matter matter = new Matter(
                new Matter.Facts(id, "ABCDEFGH23", "路灯", "110105", "110105001001"), Stage.REPORTED, null, false, null);
        matter.register(Colour.RED, null);
        matter.dispatch(null, "D034");
        assertThat(matter.takeRaisedEvents())
                .containsExactly(
                        new MatterTriaged(id, "ABCDEFGH23", "路灯", Colour.RED, "110105", "110105001001"),
                        new MatterDispatched(
                                id,
                                "ABCDEFGH23",
                                "路灯",
                                Colour.RED,
                                "110105001001",
                                List.copyOf(HandlingPolicy.handlers(Colour.RED)),
                                "D034"));
        assertThat(matter.takeRaisedEvents()).as("taken once").isEmpty();
        assertThat(new Matter(Stage.VERIFIED, Colour.GREEN, false).allows(Action.STRIKE_OFF))
                .isTrue();
    }

    @Test
    void theUsualLifeFromReportToStrikeOff() {
        Matter matter = Matter.reported();
        matter.register(Colour.YELLOW, "网格长直接办理");
        matter.dispatch(null);
        matter.accept();
        matter.start();
        matter.resolve("已更换路灯");
        matter.verify("现场核实");
        Transition last = matter.strikeOff(null);
        assertThat(last.to()).isEqualTo(Stage.STRUCK_OFF);
        assertThat(matter.colour()).isEqualTo(Colour.YELLOW);
    }

    @Test
    void aMatterReopensOnlyOnce() {
        Matter matter = new Matter(Stage.STRUCK_OFF, Colour.GREEN, false);
        matter.reopen("不满意");
        assertThat(matter.reopened()).isTrue();
        matter.resolve("再次处理");
        matter.verify(null);
        matter.strikeOff(null);
        assertThatThrownBy(() -> matter.reopen("还是不满意")).isInstanceOf(IllegalTransition.class);
        assertThat(matter.stage()).isEqualTo(Stage.STRUCK_OFF);
    }

    @Test
    void exceptionPathsNeedAReason() {
        assertThatThrownBy(() -> new Matter(Stage.DISPATCHED, Colour.RED, false).returnBack(" "))
                .isInstanceOf(ReasonMissing.class);
        assertThatThrownBy(() -> new Matter(Stage.IN_PROGRESS, Colour.RED, false).resolve(""))
                .isInstanceOf(ReasonMissing.class);
        assertThatThrownBy(() -> Matter.reported().declareVoid(null)).isInstanceOf(ReasonMissing.class);
    }

    @Test
    void triageFollowsTheTable() {
        TriagePolicy policy = TriagePolicy.defaults();
        assertThat(policy.colourOf(Urgency.EMERGENCY, Difficulty.GRID)).isEqualTo(Colour.RED);
        assertThat(policy.colourOf(Urgency.NORMAL, Difficulty.DISTRICT)).isEqualTo(Colour.RED);
        assertThat(policy.colourOf(Urgency.NORMAL, Difficulty.COMMUNITY)).isEqualTo(Colour.YELLOW);
        assertThat(policy.colourOf(Urgency.NORMAL, Difficulty.GRID)).isEqualTo(Colour.GREEN);
        assertThatThrownBy(() -> TriagePolicy.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
