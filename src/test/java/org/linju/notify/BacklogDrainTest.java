package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BacklogDrainTest {

    @Test
    void aSingleWaitingMessageGoesAsItIs() {
        RobotBacklog.Queued only = new RobotBacklog.Queued(7, "新上报 1a2b3c4d", "### 新上报事项\n> 类别：路灯");

        BacklogDrain.Summary summary = BacklogDrain.summary(List.of(only), 1);

        assertThat(summary.ids()).containsExactly(7L);
        assertThat(summary.markdown()).isEqualTo(only.markdown());
    }

    @Test
    void manyWaitingMessagesFitOneSummaryUnderWeComsLimitAndTheRestIsCounted() {
        List<RobotBacklog.Queued> oldest = LongStream.range(0, 50)
                .mapToObj(i -> new RobotBacklog.Queued(
                        i, "新事项 " + i, "### 新事项派遣\n> 类别：" + "违规占道经营".repeat(10) + "\n> 清单：黄色\n> 编号：" + i))
                .toList();

        BacklogDrain.Summary summary = BacklogDrain.summary(oldest, 80);

        assertThat(summary.markdown().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(summary.ids()).isNotEmpty().hasSizeLessThan(50).startsWith(0L, 1L);
        assertThat(summary.markdown())
                .startsWith("### 群消息汇总（" + summary.ids().size() + " 条")
                .contains("> 新事项 0：类别：")
                .contains("……另有 " + (80 - summary.ids().size()) + " 条稍后发送")
                .doesNotContain("### 新事项派遣");
    }
}
