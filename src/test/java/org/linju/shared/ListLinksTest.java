package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ListLinksTest {

    private static ListLinks links(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/matters");
        request.setQueryString(query);
        return ListLinks.of(request);
    }

    @Test
    void pageLinksKeepEveryFilterIncludingChineseText() {
        ListLinks links = links("stage=REPORTED&q=%E9%81%93%E8%B7%AF&page=3");

        assertThat(links.page(4)).isEqualTo("/matters?stage=REPORTED&q=%E9%81%93%E8%B7%AF&page=4");
    }

    @Test
    void sortingByTheSameColumnAgainTurnsTheOrderAndStartsFromPageOne() {
        ListRequest byCodeAscending = ListRequest.of(2, null, "code", "asc", List.of("reported", "code"), true);

        assertThat(links("sort=code&dir=asc&page=2").sort("code", byCodeAscending))
                .isEqualTo("/matters?sort=code&dir=desc");
        assertThat(links("sort=code&dir=asc&page=2").sort("reported", byCodeAscending))
                .isEqualTo("/matters?sort=reported&dir=asc");
    }

    @Test
    void aFilterChangeStartsFromPageOneAndNullRemovesIt() {
        assertThat(links("colour=RED&page=5").with("stage", "ACCEPTED"))
                .isEqualTo("/matters?colour=RED&stage=ACCEPTED");
        assertThat(links("colour=RED&page=5").with("colour", null)).isEqualTo("/matters");
    }

    @Test
    void unknownSortColumnsFallBackToTheDefaultAndSizesAreCapped() {
        ListRequest request = ListRequest.of(null, 10_000, "id; drop table matter", "asc", List.of("reported"), true);

        assertThat(request.sort()).isEqualTo("reported");
        assertThat(request.descending()).isTrue();
        assertThat(request.size()).isEqualTo(ListRequest.MAX_SIZE);
        assertThatThrownBy(() -> ListRequest.of(PageNumber.LAST + 1, null, null, null, List.of("a"), false))
                .isInstanceOf(PageNumber.NoSuchPage.class);
    }

    @Test
    void aPageKnowsItsRowsAndNeighbours() {
        ListRequest second = ListRequest.of(1, 50, null, null, List.of("a"), false);
        ListPage<Integer> page = new ListPage<>(List.of(51, 52), 52, second);

        assertThat(page.pages()).isEqualTo(2);
        assertThat(page.firstRow()).isEqualTo(51);
        assertThat(page.lastRow()).isEqualTo(52);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isFalse();
    }
}
