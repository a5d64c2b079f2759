package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linju.LinjuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo district carries the numbers of the source page. */
@LinjuIntegrationTest
class DemoDistrictIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDistrict district;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void hasDachuansRealTreeAndTheSourcePagesNumbers() {
        assertThat(jdbc.sql("select name from region where code = '511703'")
                        .query(String.class)
                        .single())
                .isEqualTo("达川区");
        assertThat(count("select count(*) from region where level = 'STREET' and code like '511703%'"))
                .isEqualTo(33);
        assertThat(count("select count(*) from region where level = 'COMMUNITY' and code like '511703%'"))
                .isEqualTo(452);
        assertThat(count("select count(distinct community_code) from grid where synthetic"))
                .isEqualTo(28);
        assertThat(count("select count(*) from grid where synthetic")).isEqualTo(287);
        assertThat(count("select count(*) from party_organisation")).isEqualTo(208);
        assertThat(count("select count(*) from party_organisation where formation = 'JOINT'"))
                .isEqualTo(79);
        assertThat(count("select count(*) from grid_station where kind = 'STUDIO'"))
                .isEqualTo(28);
        assertThat(count("select count(*) from grid_station where kind = 'WORKSTATION'"))
                .isEqualTo(208);
        assertThat(count("select count(*) from grid_member where duty = 'COMMITTEE_MEMBER'"))
                .isEqualTo(33);
        assertThat(count("select count(*) from grid_member where duty = 'GRID_LEADER' and party_secretary"))
                .isEqualTo(287);
        assertThat(count("select count(*) from grid_member where title = '退居二线干部'"))
                .isEqualTo(208);
    }

    @Test
    void everyGridIsInAnUrbanCommunityOfAStreetOffice() {
        assertThat(count("""
				select count(*) from grid g join region c on c.code = g.community_code
				join region s on s.code = c.parent_code
				where g.synthetic and (c.name not like '%社区' or s.name not like '%街道')
				""")).isZero();
    }

    @Test
    void hasOneSignInPerRole() {
        assertThat(jdbc.sql(
                                "select distinct role from account where username in ('admin', 'liaison', 'dept', 'street', 'secretary', 'leader', 'worker', 'building', 'resident')")
                        .query(String.class)
                        .list())
                .hasSize(9);
    }

    @Test
    void publishesThroughTheWorkflowAndLeavesWorkWaiting() {
        assertThat(
                        count(
                                "select count(*) from disclosure_item where kind = 'line' and state = 'PUBLISHED'"
                                        + " and drafted_by <> reviewed_by and reviewed_by <> published_by and drafted_by <> published_by"))
                .as("each water line published by three different people")
                .isGreaterThanOrEqualTo(DemoFundsPlan.LINES.size());
        assertThat(count("select count(*) from disclosure_item where kind = 'project' and state = 'DRAFT'"
                        + " and title = '老旧小区雨污分流改造'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from disclosure_item where kind = 'street' and state = 'REVIEWED'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from disclosure_item where state = 'WITHDRAWN' and withdraw_reason = '"
                        + DemoDisclosures.WITHDRAW_REASON + "'"))
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from disclosure_feedback f join disclosure_item i
                  on i.kind = f.subject_kind and i.subject_id = f.subject_id
                where i.title = '城区第二热源厂建设' and i.state = 'PUBLISHED'
                """))
                .as("residents asked about the heating plant by its QR code")
                .isEqualTo(2);
    }

    @Test
    void loadsOnlyIntoAnEmptyDatabase() {
        assertThat(district.loadIfEmpty()).isFalse();
        assertThat(count("select count(*) from grid where synthetic")).isEqualTo(287);
    }
}
