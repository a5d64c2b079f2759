package org.linju.staff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.identity.AccountDraft;
import org.linju.identity.Role;
import org.linju.imports.RefusedRow;
import org.linju.imports.SheetRow;
import org.linju.shared.RegionCode;

/**
 * Checks one row of a staff workbook: a role by its Chinese name (or its code), areas the importer's tree holds, and
 * whatever the account rules refuse for this importer (a role above theirs, an area outside it). A username twice in
 * one file is refused the second time.
 */
final class StaffRules {

    /** A row's outcome: the account to open, or why it is refused. */
    record Result(@Nullable AccountDraft draft, @Nullable RefusedRow rejection) {}

    private final Map<String, Role> roles;
    private final Set<String> knownAreas;
    private final Function<AccountDraft, Optional<String>> refusal;
    private final Set<String> seen = new HashSet<>();

    StaffRules(Map<String, Role> roles, Set<String> knownAreas, Function<AccountDraft, Optional<String>> refusal) {
        this.roles = roles;
        this.knownAreas = knownAreas;
        this.refusal = refusal;
    }

    Result check(SheetRow row) {
        String username = row.cell(StaffColumns.USERNAME);
        String name = row.cell(StaffColumns.NAME);
        Role role = roles.get(row.cell(StaffColumns.ROLE));
        if (role == null) {
            return refused(row, "account.import.badRole", row.cell(StaffColumns.ROLE));
        }
        List<String> areas = Arrays.stream(row.cell(StaffColumns.AREA).split("[,，、;；\\s]+"))
                .filter(code -> !code.isBlank())
                .toList();
        Optional<String> unknown =
                areas.stream().filter(code -> !knownAreas.contains(code)).findFirst();
        if (unknown.isPresent()) {
            return refused(row, "account.import.badArea", unknown.get());
        }
        String department = row.cell(StaffColumns.DEPARTMENT);
        AccountDraft draft = new AccountDraft(
                username,
                name,
                role,
                areas.stream().map(RegionCode::of).collect(Collectors.toSet()),
                department.isEmpty() ? null : department);
        Optional<String> refused = refusal.apply(draft);
        if (refused.isPresent()) {
            return refused(row, refused.get(), null);
        }
        if (!seen.add(username)) {
            return refused(row, "account.import.duplicateInFile", username);
        }
        return new Result(draft, null);
    }

    static RefusedRow refusedRow(SheetRow row, String reason, @Nullable String argument) {
        return new RefusedRow(
                row.number(),
                reason,
                argument,
                List.of(cut(row.cell(StaffColumns.USERNAME)), cut(row.cell(StaffColumns.NAME))));
    }

    private static Result refused(SheetRow row, String reason, @Nullable String argument) {
        return new Result(null, refusedRow(row, reason, argument));
    }

    private static String cut(String cell) {
        return cell.length() > 64 ? cell.substring(0, 64) : cell;
    }
}
