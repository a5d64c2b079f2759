package org.linju.residents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.linju.imports.RefusedRow;
import org.linju.imports.SheetRow;
import org.linju.privacy.Masking;
import org.linju.shared.GridCode;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;

/** Turns one roster row into a resident to register, or says exactly why it cannot be. */
final class RosterRules {

    // The residence types and key groups below are values of the roster file format, matched as the districts type
    // them whatever the language of the page; so they stay here and not in the message bundles.
    private static final Map<String, ResidenceType> RESIDENCE = Map.of(
            "",
            ResidenceType.REGISTERED,
            "户籍",
            ResidenceType.REGISTERED,
            "户籍人口",
            ResidenceType.REGISTERED,
            "流动",
            ResidenceType.FLOATING,
            "流动人口",
            ResidenceType.FLOATING,
            "境外",
            ResidenceType.OVERSEAS,
            "境外人员",
            ResidenceType.OVERSEAS);

    private static final Map<String, KeyGroup> GROUPS = Map.ofEntries(
            Map.entry("独居老人", KeyGroup.ELDERLY_ALONE),
            Map.entry("残疾人", KeyGroup.DISABLED),
            Map.entry("低收入", KeyGroup.LOW_INCOME),
            Map.entry("失业人员", KeyGroup.UNEMPLOYED),
            Map.entry("高校毕业生", KeyGroup.NEW_GRADUATE),
            Map.entry("退役军人", KeyGroup.VETERAN),
            Map.entry("留守儿童", KeyGroup.LEFT_BEHIND_CHILD),
            Map.entry("社区矫正对象", KeyGroup.COMMUNITY_CORRECTION),
            Map.entry("刑满释放人员", KeyGroup.RELEASED_FROM_PRISON),
            Map.entry("社区戒毒康复人员", KeyGroup.DRUG_REHABILITATION),
            Map.entry("严重精神障碍患者", KeyGroup.SEVERE_MENTAL_DISORDER));

    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("yyyy/M/d"),
        DateTimeFormatter.ofPattern("yyyy.M.d"),
        DateTimeFormatter.ofPattern("M/d/yy")
    };

    private final Predicate<String> gridInScope;
    private final Predicate<String> gridExists;
    private final BiPredicate<String, String> buildingExists;
    private final boolean mayTagRestricted;

    RosterRules(
            Predicate<String> gridExists,
            Predicate<String> gridInScope,
            BiPredicate<String, String> buildingExists,
            boolean mayTagRestricted) {
        this.gridExists = gridExists;
        this.gridInScope = gridInScope;
        this.buildingExists = buildingExists;
        this.mayTagRestricted = mayTagRestricted;
    }

    /** Why a row is refused: a message key and the cell value it names, if any. */
    private record Problem(String reason, @Nullable String argument) {}

    /** The resident of the row, or the first reason it is refused. */
    Result check(SheetRow row) {
        String name = row.cell(RosterColumns.NAME);
        String rawId = row.cell(RosterColumns.ID_NUMBER).toUpperCase();
        String masked = rawId.length() >= 9 ? Masking.idNumber(rawId) : "";
        if (name.isEmpty() || name.length() > 50) {
            return Result.refused(row, "roster.missingName", null, name, masked);
        }
        if (rawId.matches(".*[Ee][+]?[0-9]+") || rawId.matches("[0-9]+\\.[0-9]+")) {
            return Result.refused(row, "roster.idStoredAsNumber", null, name, "");
        }
        Problem problem = identityProblem(row, rawId);
        if (problem == null) {
            problem = addressProblem(row);
        }
        if (problem == null) {
            problem = residenceProblem(row);
        }
        Set<KeyGroup> groups = EnumSet.noneOf(KeyGroup.class);
        if (problem == null) {
            problem = readGroups(row.cell(RosterColumns.GROUPS), groups);
        }
        if (problem != null) {
            return Result.refused(row, problem.reason(), problem.argument(), name, masked);
        }
        return new Result(resident(row, name, rawId, groups), null);
    }

    private static @Nullable Problem identityProblem(SheetRow row, String rawId) {
        String idProblem = IdCardNumber.problemWith(rawId);
        if (idProblem != null) {
            return new Problem(idProblem, null);
        }
        String rawPhone = row.cell(RosterColumns.PHONE);
        if (!rawPhone.isEmpty() && !PhoneNumber.isValid(rawPhone)) {
            return new Problem("phone.format", null);
        }
        return null;
    }

    /** A grid that exists and is the importer's, a building of it, and a unit and room. */
    private @Nullable Problem addressProblem(SheetRow row) {
        String grid = row.cell(RosterColumns.GRID);
        if (!gridExists.test(grid)) {
            return new Problem("roster.unknownGrid", grid);
        }
        if (!gridInScope.test(grid)) {
            return new Problem("roster.gridOutOfScope", grid);
        }
        String building = row.cell(RosterColumns.BUILDING);
        if (!buildingExists.test(grid, building)) {
            return new Problem("roster.unknownBuilding", building);
        }
        String unit = row.cell(RosterColumns.UNIT);
        String room = row.cell(RosterColumns.ROOM);
        if (unit.isEmpty() || room.isEmpty() || unit.length() > 10 || room.length() > 10) {
            return new Problem("roster.missingAddress", null);
        }
        return null;
    }

    /** A known kind of residence and, if given, a date moved in. */
    private static @Nullable Problem residenceProblem(SheetRow row) {
        if (RESIDENCE.get(row.cell(RosterColumns.RESIDENCE_TYPE)) == null) {
            return new Problem("roster.badResidenceType", row.cell(RosterColumns.RESIDENCE_TYPE));
        }
        if (date(row.cell(RosterColumns.MOVED_IN)) == null) {
            return new Problem("roster.badDate", row.cell(RosterColumns.MOVED_IN));
        }
        return null;
    }

    /** Adds the key groups named in the cell to {@code groups}; the first unknown or not allowed one refuses. */
    private @Nullable Problem readGroups(String cell, Set<KeyGroup> groups) {
        for (String label : cell.split("[,，、;；\\s]+")) {
            if (label.isBlank()) {
                continue;
            }
            KeyGroup group = GROUPS.get(label.trim());
            if (group == null) {
                return new Problem("roster.unknownGroup", label.trim());
            }
            if (group.restricted() && !mayTagRestricted) {
                return new Problem("roster.restrictedNotAllowed", label.trim());
            }
            groups.add(group);
        }
        return null;
    }

    /** The resident of a row that passed every check. */
    private static NewResident resident(SheetRow row, String name, String rawId, Set<KeyGroup> groups) {
        String rawPhone = row.cell(RosterColumns.PHONE);
        return new NewResident(
                name,
                IdCardNumber.of(rawId),
                rawPhone.isEmpty() ? null : PhoneNumber.of(rawPhone),
                GridCode.of(row.cell(RosterColumns.GRID)),
                row.cell(RosterColumns.BUILDING),
                row.cell(RosterColumns.UNIT),
                row.cell(RosterColumns.ROOM),
                RESIDENCE.get(row.cell(RosterColumns.RESIDENCE_TYPE)),
                Objects.requireNonNull(date(row.cell(RosterColumns.MOVED_IN))).orElse(null),
                groups);
    }

    /** Empty for a blank cell, null for one that is not a date. */
    private static @Nullable Optional<LocalDate> date(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A resident to register, or a refused row identified by name and masked ID number (never the plain one). */
    record Result(@Nullable NewResident resident, @Nullable RefusedRow rejection) {

        static Result refused(SheetRow row, String reason, @Nullable String argument, String name, String maskedId) {
            return new Result(
                    null,
                    new RefusedRow(
                            row.number(),
                            reason,
                            argument,
                            List.of(name.length() > 50 ? name.substring(0, 50) : name, maskedId)));
        }
    }
}
