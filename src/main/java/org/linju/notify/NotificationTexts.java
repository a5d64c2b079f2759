package org.linju.notify;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of inbox messages and group-robot posts, from the message bundles in the district's language (the
 * default of its pages): one text goes to every recipient of a message, group chats are shared, and people choose no
 * language of their own yet.
 */
@Component
class NotificationTexts {

    private final MessageSource messages;
    private final Locale district;

    NotificationTexts(MessageSource messages, @Value("${spring.web.locale:zh_CN}") Locale district) {
        this.messages = messages;
        this.district = district;
    }

    /** The text of a key; numbers go in as strings, so that they are not grouped in thousands. */
    String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, district);
    }
}
