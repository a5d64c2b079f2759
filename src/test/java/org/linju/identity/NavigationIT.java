package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.linju.DemoRoles;
import org.linju.Logins;
import org.linju.PagesBuiltElsewhere;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The menu agrees with what each role may open: every item of every demo role's navigation answers, none is refused,
 * and the page's sidebar lists exactly the role's items.
 */
class NavigationIT extends WebIntegrationTest {

    private static final Pattern DATA_PATH = Pattern.compile("data-path=\"([^\"]+)\"");
    private static final Pattern TAB = Pattern.compile("<a class=\"tab\" href=\"([^\"]+)\"");

    @Autowired
    Navigation navigation;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyItemOfARolesMenuOpensForThatRole(Role role) throws Exception {
        CurrentUser user = accounts.loadUserByUsername(DemoRoles.username(role));
        assertThat(user.role()).isEqualTo(role);
        List<String> refused = new ArrayList<>();
        for (NavItem item : navigation.itemsFor(role)) {
            if (PagesBuiltElsewhere.absent(item.path(), mvc, accounts)) {
                continue;
            }
            MvcResult result = mvc.perform(get(item.path()).with(Logins.as(accounts, user.getUsername())))
                    .andReturn();
            int status = result.getResponse().getStatus();
            if (status != 200) {
                refused.add(item.path() + " answered " + status);
            }
        }
        assertThat(refused).as("menu items of %s that do not open", role).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyGroupAndItemHasItsLabelInBothLanguages(Role role) {
        List<String> keys = new ArrayList<>();
        navigation
                .itemsFor(role)
                .forEach(item ->
                        keys.addAll(List.of(item.messageKey(), item.group().messageKey())));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(keys)
                    .as("labels in %s", locale)
                    .allSatisfy(key -> assertThat(messages.getMessage(key, null, null, locale))
                            .isNotBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theSidebarListsExactlyTheRolesItems(Role role) throws Exception {
        String html = mvc.perform(get("/inbox").with(Logins.as(accounts, DemoRoles.username(role))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> sidebar = matches(DATA_PATH, between(html, "id=\"sidebar\"", "</nav>"));
        List<String> tabs = matches(TAB, between(html, "id=\"tabbar\"", "<details"));
        List<String> expected = navigation.itemsFor(role).stream()
                .filter(item -> item.group() != NavGroup.ACCOUNT)
                .map(NavItem::path)
                .toList();

        assertThat(sidebar).isEqualTo(expected);
        assertThat(tabs)
                .isEqualTo(navigation.menuFor(role).tabs().stream()
                        .map(NavItem::path)
                        .toList())
                .hasSize(Navigation.TABS);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    private static List<String> matches(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
