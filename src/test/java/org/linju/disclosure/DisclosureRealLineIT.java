package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.funds.BudgetLines;
import org.linju.funds.FundSource;
import org.linju.funds.LineChoices;
import org.linju.funds.LinePayments;
import org.linju.funds.NewBudgetLine;
import org.linju.funds.NewPayment;
import org.linju.funds.NewTarget;
import org.linju.funds.PerformanceTargets;
import org.linju.funds.TargetDimension;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A real budget line, made through funds' own services with a payment to a person, published through the workflow by
 * three people: its public page shows the title and the money spent, and no personal data (not the payee who is a
 * person, not the staff who handled it, no phone number); a back street's page in the reader's language.
 */
class DisclosureRealLineIT extends DisclosureWebTest {

    private static final String PERSON = "欧阳明华";

    @Autowired
    BudgetLines lines;

    @Autowired
    PerformanceTargets targets;

    @Autowired
    LinePayments payments;

    @Autowired
    LineChoices choices;

    @Autowired
    MessageSource messages;

    @Test
    void aPublishedBudgetLineShowsItsMoneyButNotThePersonPaidNorTheStaff() throws Exception {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String title = "公开测试 背街小巷照明 " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = lines.create(
                admin,
                new NewBudgetLine(
                        2026,
                        title,
                        FundSource.DISTRICT,
                        "2120199",
                        choices.units().get(0),
                        admin.getUsername(),
                        grid,
                        new BigDecimal("80000")));
        targets.add(
                admin,
                id,
                new NewTarget(TargetDimension.QUANTITY, "新装路灯", "盏", true, BigDecimal.ZERO, new BigDecimal("40")));
        lines.activate(admin, id);
        payments.pay(admin, id, payment("12345.67", NewPayment.PayeeKind.ORGANISATION, "宜春照明工程有限公司", "R-1"), null);
        payments.pay(admin, id, payment("800.00", NewPayment.PayeeKind.PERSON, PERSON, "R-2"), null);

        publish("line", id);
        String page = mvc.perform(get("/public/disclosure/line/" + id).locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(title, "13145.67", "新装路灯");
        assertThat(page).as("the person paid").doesNotContain(PERSON);
        for (String staff : List.of("admin", "street", "liaison")) {
            CurrentUser account = accounts.loadUserByUsername(staff);
            assertThat(page).as(staff).doesNotContain(account.displayName(), ">" + staff + "<", "\"" + staff + "\"");
        }
        assertThat(page).as("no mobile number").doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    }

    @Test
    void aBackStreetsPageSpeaksTheReadersLanguage() throws Exception {
        // the publisher's (liaison's) community: street, admin and liaison all cover it
        String community = accounts.loadUserByUsername("liaison")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        UUID id = jdbc.sql("""
                        select id from back_street
                        where area_code like ? and id not in (select subject_id from disclosure_item)
                        order by name limit 1
                        """).param(community + "%").query(UUID.class).single();
        String grade = jdbc.sql("select target_grade from back_street where id = ?")
                .param(id)
                .query(String.class)
                .single();
        publish("street", id);
        String path = "/public/disclosure/street/" + id;

        String chinese = mvc.perform(get(path).cookie(new Cookie("linju-lang", "zh-CN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String english = mvc.perform(get(path).cookie(new Cookie("linju-lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(chinese).contains(messages.getMessage("works.grade." + grade, null, Locale.SIMPLIFIED_CHINESE));
        assertThat(english)
                .contains(messages.getMessage("works.grade." + grade, null, Locale.ENGLISH))
                .doesNotContain(
                        ">" + messages.getMessage("works.grade." + grade, null, Locale.SIMPLIFIED_CHINESE) + "<");
    }

    private static NewPayment payment(String yuan, NewPayment.PayeeKind kind, String payee, String voucher) {
        return new NewPayment(LocalDate.of(2026, 5, 10), new BigDecimal(yuan), kind, payee, voucher, null, null);
    }
}
