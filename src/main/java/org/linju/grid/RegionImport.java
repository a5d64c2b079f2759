package org.linju.grid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a county's tree of streets and communities from the statistics division lists of the
 * {@code china-division} package ({@code streets.csv}, {@code villages.csv}). Re-running it updates names and
 * adds what is new; it never duplicates a node.
 */
@Service
public class RegionImport {

    /** How many nodes an import wrote. */
    public record Summary(String countyCode, int streets, int communities) {}

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final RegionStore regions;

    RegionImport(RegionStore regions) {
        this.regions = regions;
    }

    @Transactional
    public Summary importCounty(String countyCode, String countyName, Reader streetsCsv, Reader villagesCsv) {
        RegionCode county = RegionCode.of(countyCode);
        if (county.level() != RegionLevel.DISTRICT) {
            throw new RegionImportRefused("regionImport.notCounty", countyCode);
        }
        Map<String, String> streets = read(streetsCsv, "areaCode", county.value());
        Map<String, String> villages = read(villagesCsv, "areaCode", county.value());
        if (streets.isEmpty()) {
            throw new RegionImportRefused("regionImport.noStreets", countyCode);
        }
        regions.upsert(county.value(), countyName, countyName, RegionLevel.DISTRICT, null);
        streets.forEach((code, name) ->
                regions.upsert(validCode(code, RegionLevel.STREET), name, name, RegionLevel.STREET, county.value()));
        villages.forEach((code, name) -> {
            RegionCode community = RegionCode.of(validCode(code, RegionLevel.COMMUNITY));
            if (!streets.containsKey(community.parent().value())) {
                throw new RegionImportRefused("regionImport.orphanCommunity", code);
            }
            regions.upsert(
                    community.value(),
                    shortName(name),
                    name,
                    RegionLevel.COMMUNITY,
                    community.parent().value());
        });
        return new Summary(county.value(), streets.size(), villages.size());
    }

    /** "多福巷社区居委会" is the committee; the place is "多福巷社区". */
    static String shortName(String officialName) {
        for (String committee : new String[] {"居民委员会", "村民委员会", "居委会", "村委会"}) {
            if (officialName.endsWith(committee) && officialName.length() > committee.length()) {
                String place = officialName.substring(0, officialName.length() - committee.length());
                return committee.startsWith("村") && !place.endsWith("村") ? place + "村" : place;
            }
        }
        return officialName;
    }

    private static String validCode(String code, RegionLevel level) {
        RegionCode parsed = RegionCode.of(code);
        if (parsed.level() != level) {
            throw new RegionImportRefused("regionImport.badCode", code);
        }
        return code;
    }

    private static Map<String, String> read(Reader csv, String countyColumn, String county) {
        Map<String, String> rows = new LinkedHashMap<>();
        try {
            for (CSVRecord record : CSV.parse(csv)) {
                if (!record.isMapped(countyColumn) || !record.isMapped("code") || !record.isMapped("name")) {
                    throw new RegionImportRefused("regionImport.badColumns", "code,name," + countyColumn);
                }
                if (county.equals(record.get(countyColumn))) {
                    rows.put(record.get("code").trim(), record.get("name").trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
