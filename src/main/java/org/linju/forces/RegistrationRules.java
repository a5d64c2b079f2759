package org.linju.forces;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.imports.RefusedRow;
import org.linju.imports.SheetRow;
import org.linju.shared.PhoneNumber;

/**
 * Checks one row of a registration workbook against what the importer may register: a known kind, a valid phone,
 * a grid (or, for people serving a whole community, a community) inside the importer's area, a known department
 * and sign-in. A row whose phone and kind are already registered is counted, not registered twice.
 */
final class RegistrationRules {

    /** The outcome for one row: a registration, a rejection, or an existing registration. */
    record Result(@Nullable NewForceMember member, @Nullable RefusedRow rejection, boolean alreadyRegistered) {}

    interface Registered {
        boolean contains(String phone, ForceKind kind);
    }

    private final Set<String> grids;
    private final Set<String> communities;
    private final Set<String> departments;
    private final Set<String> accounts;
    private final Map<String, ForceKind> kinds;
    private final Registered registered;
    private final Set<String> seen = new HashSet<>();

    RegistrationRules(
            Set<String> grids,
            Set<String> communities,
            Set<String> departments,
            Set<String> accounts,
            Map<String, ForceKind> kinds,
            Registered registered) {
        this.grids = grids;
        this.communities = communities;
        this.departments = departments;
        this.accounts = accounts;
        this.kinds = kinds;
        this.registered = registered;
    }

    Result check(SheetRow row) {
        String name = row.cell(RegistrationColumns.NAME);
        if (name.isEmpty() || name.length() > 50) {
            return refused(row, "registration.badName", null, name);
        }
        ForceKind kind = kinds.get(row.cell(RegistrationColumns.KIND));
        if (kind == null) {
            return refused(row, "registration.badKind", row.cell(RegistrationColumns.KIND), name);
        }
        String rawPhone = row.cell(RegistrationColumns.PHONE);
        if (!PhoneNumber.isValid(rawPhone)) {
            return refused(row, "registration.badPhone", null, name);
        }
        String phone = PhoneNumber.of(rawPhone).value();
        Problem problem = placeProblem(row);
        if (problem != null) {
            return refused(row, problem.reason(), problem.argument(), name);
        }
        if (!seen.add(phone + "/" + kind)) {
            return refused(row, "registration.duplicateInFile", null, name);
        }
        if (registered.contains(phone, kind)) {
            return new Result(null, null, true);
        }
        return new Result(member(row, kind, name, phone), null, false);
    }

    /** Why a row is refused: a message key and the cell value it names, if any. */
    private record Problem(String reason, @Nullable String argument) {}

    /** A known grid (or, without one, a known community), department and account, where given. */
    private @Nullable Problem placeProblem(SheetRow row) {
        String grid = row.cell(RegistrationColumns.GRID);
        String community = row.cell(RegistrationColumns.COMMUNITY);
        if (!grid.isEmpty() && !grids.contains(grid)) {
            return new Problem("registration.badGrid", grid);
        }
        if (grid.isEmpty() && !communities.contains(community)) {
            return new Problem("registration.badCommunity", community);
        }
        String department = row.cell(RegistrationColumns.DEPARTMENT);
        if (!department.isEmpty() && !departments.contains(department)) {
            return new Problem("registration.badDepartment", department);
        }
        String account = row.cell(RegistrationColumns.ACCOUNT);
        if (!account.isEmpty() && !accounts.contains(account)) {
            return new Problem("registration.badAccount", account);
        }
        return null;
    }

    /** The member of a row that passed every check. */
    private static NewForceMember member(SheetRow row, ForceKind kind, String name, String phone) {
        String grid = row.cell(RegistrationColumns.GRID);
        String department = row.cell(RegistrationColumns.DEPARTMENT);
        String account = row.cell(RegistrationColumns.ACCOUNT);
        String organisation = row.cell(RegistrationColumns.ORGANISATION);
        List<String> skills = Arrays.stream(row.cell(RegistrationColumns.SKILLS).split("[,，、;；\\s]+"))
                .filter(skill -> !skill.isBlank())
                .toList();
        return new NewForceMember(
                kind,
                name,
                phone,
                grid.isEmpty() ? null : grid,
                grid.isEmpty() ? row.cell(RegistrationColumns.COMMUNITY) : grid.substring(0, 12),
                department.isEmpty() ? null : department,
                organisation.isEmpty()
                        ? null
                        : organisation.length() > 100 ? organisation.substring(0, 100) : organisation,
                skills,
                account.isEmpty() ? null : account);
    }

    private static Result refused(SheetRow row, String reason, @Nullable String argument, String name) {
        return new Result(
                null,
                new RefusedRow(
                        row.number(), reason, argument, List.of(name.length() > 50 ? name.substring(0, 50) : name)),
                false);
    }
}
