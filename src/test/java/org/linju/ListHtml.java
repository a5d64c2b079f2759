package org.linju;

import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linju.identity.Accounts;
import org.springframework.test.web.servlet.MockMvc;

/** A paged list page as a test reads it: the list part only (table and pager), its total, and values in it. */
public record ListHtml(String html) {

    private static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) 条");

    /** The list part of {@code path} as {@code username} sees it (answered 200). */
    public static ListHtml of(MockMvc mvc, Accounts accounts, String username, String path) throws Exception {
        String page = mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int start = page.indexOf("id=\"list\"");
        int end = page.indexOf("</nav>", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("no list with a pager on " + path);
        }
        return new ListHtml(page.substring(start, end));
    }

    /** The total the pager names. */
    public long total() {
        Matcher matcher = TOTAL.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no total in the pager");
        }
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    public boolean hasNext() {
        return html.contains("rel=\"next\"");
    }

    /** The first group of every match of {@code pattern}, in order. */
    public List<String> all(Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** How many times {@code text} occurs. */
    public int count(String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }
}
