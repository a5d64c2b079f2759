package org.linju.notify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a robot with messages waiting gets in one post: a single waiting message as it is; several as a summary of one
 * line each (title and the message's own lines), as many as fit in {@link #MAX_BYTES}, oldest first, with a count of
 * those left for the next turn.
 */
@Component
class BacklogSummaries {

    /** WeCom takes markdown of at most 4,096 bytes; DingTalk more. */
    static final int MAX_BYTES = 3_800;

    /** What one post carries: which waiting messages, under which title, as which markdown. */
    record Summary(List<Long> ids, String title, String markdown) {}

    private final NotificationTexts texts;

    BacklogSummaries(NotificationTexts texts) {
        this.texts = texts;
    }

    /** The next post for a robot from its oldest waiting messages, {@code waiting} in all. */
    Summary of(List<RobotBacklog.Queued> oldest, int waiting) {
        if (waiting == 1) {
            RobotBacklog.Queued only = oldest.get(0);
            return new Summary(List.of(only.id()), only.title(), only.markdown());
        }
        List<Long> ids = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (RobotBacklog.Queued message : oldest) {
            String line = texts.of("notify.robot.summary.line", message.title(), condensed(message.markdown())) + "\n";
            if (bytes(lines) + bytes(line) > MAX_BYTES - 200) {
                break;
            }
            lines.append(line);
            ids.add(message.id());
        }
        String count = String.valueOf(ids.size());
        int left = waiting - ids.size();
        String markdown = texts.of("notify.robot.summary.heading", count) + "\n" + lines
                + (left > 0 ? texts.of("notify.robot.summary.more", String.valueOf(left)) + "\n" : "");
        return new Summary(ids, texts.of("notify.robot.summary.title", count), markdown);
    }

    /** A message's own lines on one line: without its heading and quote marks, at most 120 characters. */
    private String condensed(String markdown) {
        String joined = String.join(
                texts.of("notify.robot.summary.separator"),
                markdown.lines()
                        .filter(line -> !line.startsWith("#"))
                        .map(line -> line.startsWith("> ") ? line.substring(2) : line)
                        .filter(line -> !line.isBlank())
                        .toList());
        return joined.length() > 120 ? joined.substring(0, 120) + "…" : joined;
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
