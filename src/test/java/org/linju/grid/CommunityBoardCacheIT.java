package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.forces.DutyLine;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.linju.shared.PublicPageCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The community board is rendered once and kept for a crowd of readers: a browser that has it gets 304, and a
 * change shows at once when it is announced (a duty handed to the B) and within the kept page's age when not.
 */
class CommunityBoardCacheIT extends WebIntegrationTest {

    private static final String SWITCHED = "已切换至 B 角";

    @Autowired
    Forces forces;

    @Test
    void aBrowserThatHasTheBoardGets304AndAChangedBoardComesWithANewETag() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String community = grid.substring(0, 12);
        MockHttpServletResponse first = board(community, null);
        String etag = first.getHeader("ETag");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.getContentAsString()).doesNotContain(SWITCHED);

        MockHttpServletResponse again = board(community, etag);
        assertThat(again.getStatus()).as("the same board again").isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();

        DutyLine leaderLine = forces.dutyChart(secretary, grid).stream()
                .filter(line -> line.role() == GovernanceRole.GRID_LEADER)
                .findFirst()
                .orElseThrow();
        try {
            forces.markUnavailable(secretary, leaderLine.holder().id(), "病假");
            MockHttpServletResponse changed = board(community, etag);
            assertThat(changed.getStatus())
                    .as("the board after its grid leader's B took over")
                    .isEqualTo(200);
            assertThat(changed.getContentAsString()).contains(SWITCHED);
            assertThat(changed.getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
            assertThat(board(community, changed.getHeader("ETag")).getStatus()).isEqualTo(304);
        } finally {
            forces.markAvailable(secretary, leaderLine.holder().id());
        }
        assertThat(board(community, null).getContentAsString()).doesNotContain(SWITCHED);
    }

    @Test
    void aChangeNobodyAnnouncedShowsWithinTheKeptPagesAge() throws Exception {
        String community = jdbc.sql("select max(community_code) from grid")
                .query(String.class)
                .single();
        String name = jdbc.sql("select name from region where code = ?")
                .param(community)
                .query(String.class)
                .single();
        String renamed = name + "（新名）";
        String etag = board(community, null).getHeader("ETag");
        jdbc.sql("update region set name = ? where code = ?")
                .params(renamed, community)
                .update();
        try {
            long start = System.nanoTime();
            MockHttpServletResponse changed = board(community, etag);
            while (changed.getStatus() == 304 && System.nanoTime() - start < 3 * PublicPageCache.MAX_AGE.toNanos()) {
                Thread.sleep(200);
                changed = board(community, etag);
            }
            long waited = System.nanoTime() - start;
            assertThat(changed.getStatus()).isEqualTo(200);
            assertThat(changed.getContentAsString()).contains(renamed);
            assertThat(waited)
                    .as("nanoseconds until the renamed community showed")
                    .isLessThanOrEqualTo(PublicPageCache.MAX_AGE.toNanos() + 1_000_000_000L);
        } finally {
            jdbc.sql("update region set name = ? where code = ?")
                    .params(name, community)
                    .update();
        }
    }

    @Test
    void signedInReadersGetTheBoardRenderedForThemWithTheirMenu() throws Exception {
        String community = jdbc.sql("select min(community_code) from grid")
                .query(String.class)
                .single();
        board(community, null);
        MockHttpServletResponse signedIn = mvc.perform(
                        get("/public/communities/" + community).with(as(accounts, "secretary")))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getContentAsString()).contains("action=\"/logout\"");
        assertThat(board(community, null).getContentAsString())
                .as("the anonymous board after a signed-in reader's")
                .doesNotContain("action=\"/logout\"");
    }

    @Test
    void theQrCodeIsMadeOnceAndAnswers304ToABrowserThatHasIt() throws Exception {
        String community = jdbc.sql("select min(community_code) from grid")
                .query(String.class)
                .single();
        String path = "/public/communities/" + community + "/qr.png";
        MockHttpServletResponse first = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsByteArray()).isNotEmpty();
        MockHttpServletResponse again = mvc.perform(get(path).header("If-None-Match", first.getHeader("ETag")))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get("/public/communities/511703999999/qr.png"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the QR code of a community that does not exist")
                .isEqualTo(404);
    }

    private MockHttpServletResponse board(String community, @Nullable String etag) throws Exception {
        MockHttpServletRequestBuilder request = get("/public/communities/" + community);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
