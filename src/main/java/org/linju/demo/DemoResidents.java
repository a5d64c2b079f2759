package org.linju.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linju.grid.GridShape;
import org.linju.residents.KeyGroup;
import org.linju.residents.NewResident;
import org.linju.residents.ResidenceType;
import org.linju.shared.GridCode;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;

/**
 * Generated residents with valid ID numbers (real address codes of Dachuan and of places floating residents come
 * from, check characters computed), phones, addresses in the grids' buildings, and key-group tags at plausible
 * rates.
 */
final class DemoResidents {

    static final int PER_GRID = 12;
    private static final String[] HOME_ADDRESS_CODES = {"511703", "511703", "511703", "511702", "511722"};
    private static final String[] FLOATING_ADDRESS_CODES = {"510104", "500103", "511602", "513002", "420102"};
    private static final String PHONE_PREFIXES = "35789";

    private final Random random;
    private final ChineseNames names;

    DemoResidents(Random random, ChineseNames names) {
        this.random = random;
        this.names = names;
    }

    List<NewResident> forGrids(List<GridShape> grids, int buildingsPerGrid) {
        List<NewResident> residents = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int sequence = 0;
        for (GridShape grid : grids) {
            int added = 0;
            while (added < PER_GRID) {
                NewResident resident = resident(grid.code(), 1 + random.nextInt(buildingsPerGrid), sequence++);
                if (numbers.add(resident.idNumber().value())) {
                    residents.add(resident);
                    added++;
                }
            }
        }
        return residents;
    }

    private NewResident resident(GridCode grid, int building, int sequence) {
        boolean floating = random.nextInt(100) < 18;
        String address = floating ? pick(FLOATING_ADDRESS_CODES) : pick(HOME_ADDRESS_CODES);
        LocalDate birth = LocalDate.of(1938, 1, 1).plusDays(random.nextInt(365 * 70));
        IdCardNumber idNumber = idNumber(address, birth, sequence);
        int age = Period.between(birth, LocalDate.of(2026, 11, 27)).getYears();
        Set<KeyGroup> groups = EnumSet.noneOf(KeyGroup.class);
        if (age >= 70 && random.nextInt(100) < 25) {
            groups.add(KeyGroup.ELDERLY_ALONE);
        }
        chance(groups, KeyGroup.DISABLED, 3);
        chance(groups, KeyGroup.LOW_INCOME, 4);
        if (age >= 18 && age < 60) {
            chance(groups, KeyGroup.UNEMPLOYED, 4);
        }
        if (age >= 21 && age <= 24) {
            chance(groups, KeyGroup.NEW_GRADUATE, 30);
        }
        if (age >= 25) {
            chance(groups, KeyGroup.VETERAN, 2);
        }
        if (age >= 18) {
            chance(groups, KeyGroup.COMMUNITY_CORRECTION, 1);
        }
        PhoneNumber phone = age < 12
                ? null
                : PhoneNumber.of("1" + PHONE_PREFIXES.charAt(random.nextInt(5))
                        + String.format("%09d", random.nextInt(1_000_000_000)));
        return new NewResident(
                names.next(),
                idNumber,
                phone,
                grid,
                building + "栋",
                String.valueOf(1 + random.nextInt(3)),
                (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)),
                floating ? ResidenceType.FLOATING : ResidenceType.REGISTERED,
                floating ? LocalDate.of(2026, 1, 1).minusDays(random.nextInt(2000)) : null,
                groups);
    }

    /** The sequence number keeps numbers unique; its last digit's parity is the sex. */
    private IdCardNumber idNumber(String address, LocalDate birth, int sequence) {
        int order = (sequence % 500) * 2 + (random.nextBoolean() ? 1 : 0);
        String first17 = address
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", order % 1000);
        return IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
    }

    private void chance(Set<KeyGroup> groups, KeyGroup group, int percent) {
        if (random.nextInt(100) < percent) {
            groups.add(group);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
