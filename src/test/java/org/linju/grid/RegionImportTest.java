package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionImportTest {

    @Test
    void theCommitteeNameBecomesThePlaceName() {
        assertThat(RegionImport.shortName("多福巷社区居委会")).isEqualTo("多福巷社区");
        assertThat(RegionImport.shortName("石门村委会")).isEqualTo("石门村");
        assertThat(RegionImport.shortName("朝阳村村委会")).isEqualTo("朝阳村");
        assertThat(RegionImport.shortName("白果村民委员会")).isEqualTo("白果村");
        assertThat(RegionImport.shortName("翠屏街道")).isEqualTo("翠屏街道");
    }
}
