package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.ListPage;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admins' page of pending deliveries pages and filters them in SQL, by kind, way and age. */
class PendingDeliveriesIT extends WebIntegrationTest {

    private final String kind =
            "ListProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void threePending() {
        OffsetDateTime now = OffsetDateTime.now();
        pending("org.linju.notify.MatterNotifications.webhook(java.lang.Object)", now.minusDays(2), 5);
        pending("org.linju.notify.MatterNotifications.webhook(java.lang.Object)", now.minusMinutes(5), 1);
        pending("org.linju.notify.MatterNotifications.inbox(java.lang.Object)", now.minusMinutes(1), 0);
    }

    private void pending(String listener, OffsetDateTime published, int attempts) {
        jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				values (?, ?, ?, '{}', ?, 'FAILED', ?)
				""")
                .params(UUID.randomUUID(), listener, "org.linju.test." + kind, published, attempts)
                .update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from event_publication where event_type = ?")
                .param("org.linju.test." + kind)
                .update();
    }

    @Test
    void pagesAndFiltersByKindWayAndAge() throws Exception {
        ListPage<PendingDeliveries.Delivery> all =
                page(get("/admin/notifications").param("kind", kind).param("size", "2"));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.pages()).isEqualTo(2);
        assertThat(all.rows()).extracting(PendingDeliveries.Delivery::via).containsExactly("inbox", "webhook");
        assertThat(page(get("/admin/notifications").param("kind", kind).param("via", "WEBHOOK"))
                        .total())
                .isEqualTo(2);
        assertThat(page(get("/admin/notifications").param("kind", kind).param("age", "DAY"))
                        .rows())
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.attempts()).isEqualTo(5));
        assertThat(page(get("/admin/notifications")
                                .param("kind", kind)
                                .param("sort", "attempts")
                                .param("dir", "desc"))
                        .rows())
                .extracting(PendingDeliveries.Delivery::attempts)
                .containsExactly(5, 1, 0);
        assertThat(page(get("/admin/notifications").param("sort", "serialized_event"))
                        .request()
                        .sort())
                .isEqualTo("published");
        mvc.perform(get("/admin/notifications").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
    }

    @SuppressWarnings("unchecked")
    private ListPage<PendingDeliveries.Delivery> page(MockHttpServletRequestBuilder request) throws Exception {
        return (ListPage<PendingDeliveries.Delivery>) mvc.perform(request.with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("page");
    }
}
