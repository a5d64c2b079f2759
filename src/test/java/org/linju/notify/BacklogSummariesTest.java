package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a robot's waiting messages go out, in the district's language (Chinese in the demo district). */
class BacklogSummariesTest {

    private final BacklogSummaries summaries =
            new BacklogSummaries(new NotificationTexts(bundles(), Locale.SIMPLIFIED_CHINESE));

    private static MessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aSingleWaitingMessageGoesAsItIs() {
        RobotBacklog.Queued only = new RobotBacklog.Queued(7, "新上报 1a2b3c4d", "### 新上报事项\n> 类别：路灯");

        BacklogSummaries.Summary summary = summaries.of(List.of(only), 1);

        assertThat(summary.ids()).containsExactly(7L);
        assertThat(summary.markdown()).isEqualTo(only.markdown());
    }

    @Test
    void manyWaitingMessagesFitOneSummaryUnderWeComsLimitAndTheRestIsCounted() {
        List<RobotBacklog.Queued> oldest = LongStream.range(0, 50)
                .mapToObj(i -> new RobotBacklog.Queued(
                        i, "新事项 " + i, "### 新事项派遣\n> 类别：" + "违规占道经营".repeat(10) + "\n> 清单：黄色\n> 编号：" + i))
                .toList();

        BacklogSummaries.Summary summary = summaries.of(oldest, 80);

        assertThat(summary.markdown().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(summary.ids()).isNotEmpty().hasSizeLessThan(50).startsWith(0L, 1L);
        assertThat(summary.markdown())
                .startsWith("### 群消息汇总（" + summary.ids().size() + " 条")
                .contains("> 新事项 0：类别：")
                .contains("……另有 " + (80 - summary.ids().size()) + " 条稍后发送")
                .doesNotContain("### 新事项派遣");
    }

    @Test
    void aDistrictThatWorksInEnglishGetsItsSummariesInEnglish() {
        BacklogSummaries english = new BacklogSummaries(new NotificationTexts(bundles(), Locale.ENGLISH));
        List<RobotBacklog.Queued> oldest = List.of(
                new RobotBacklog.Queued(1, "New report 1a2b3c4d", "### New report\n> Category: street light"),
                new RobotBacklog.Queued(2, "New report 5e6f7a8b", "### New report\n> Category: litter"));

        BacklogSummaries.Summary summary = english.of(oldest, 3);

        assertThat(summary.title()).isEqualTo("Summary of 2 messages");
        assertThat(summary.markdown())
                .isEqualTo("### Summary of 2 messages (merged once the robot's limit per minute was reached)\n"
                        + "> New report 1a2b3c4d: Category: street light\n"
                        + "> New report 5e6f7a8b: Category: litter\n"
                        + "> … and 1 more to follow\n");
    }
}
