package org.linju.agenda;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The copyable texts posted in a WeChat group, from the message bundles in the reader's language. */
@Component
class ShareTexts {

    private final MessageSource messages;

    ShareTexts(MessageSource messages) {
        this.messages = messages;
    }

    String item(AnnualItem item, String communityName, String url) {
        String status = text("agenda.status." + item.status().name());
        // The year as text: a number would be printed with a grouping separator (2,026).
        return text(
                "share.item", communityName, String.valueOf(item.year()), item.title(), status, item.progress(), url);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
