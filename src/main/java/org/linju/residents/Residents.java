package org.linju.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.FieldCipher;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PageNumber;
import org.linju.shared.PhoneNumber;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases. Every read goes through the viewer's scope, comes back masked for the viewer's role,
 * and leaves an audit entry; a reveal needs a permitted role and a reason.
 */
@Service
public class Residents {

    public static final int PAGE_SIZE = 50;

    /** One page of the register. */
    public record Page(List<ResidentView> residents, long total, int page) {}

    private final ResidentStore store;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final SearchThrottle throttle;

    Residents(ResidentStore store, FieldCipher cipher, AuditLog audit, SearchThrottle throttle) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** Registers residents (callers audit the batch as a whole). Refuses an ID number already registered. */
    @Transactional
    public List<UUID> register(List<NewResident> residents) {
        Map<String, UUID> households =
                store.households(residents.stream().map(Residents::householdKey).toList());
        List<ResidentStore.Sealed> sealed = new ArrayList<>();
        Set<String> indexes = new HashSet<>();
        for (NewResident resident : residents) {
            ResidentStore.Sealed seal = seal(resident, households.get(householdKey(resident)));
            if (!indexes.add(seal.idIndex())) {
                throw new AlreadyRegistered();
            }
            sealed.add(seal);
        }
        if (!store.gridsOfRegistered(indexes).isEmpty()) {
            throw new AlreadyRegistered();
        }
        store.insertAll(sealed);
        return sealed.stream().map(ResidentStore.Sealed::id).toList();
    }

    private static String householdKey(NewResident resident) {
        return resident.grid().value() + "|" + resident.building() + "|" + resident.unit() + "|" + resident.room();
    }

    private ResidentStore.Sealed seal(NewResident resident, UUID household) {
        Set<KeyGroup> restricted = resident.groups().stream()
                .filter(KeyGroup::restricted)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyGroup.class)));
        List<KeyGroup> open = resident.groups().stream()
                .filter(group -> !group.restricted())
                .sorted()
                .toList();
        PhoneNumber phone = resident.phone();
        return new ResidentStore.Sealed(
                UUID.randomUUID(),
                resident.grid().value(),
                household,
                resident.name(),
                cipher.encrypt(resident.idNumber().value(), PersonalField.ID_NUMBER.binding()),
                idNumberIndex(resident.idNumber()),
                phone == null ? null : cipher.encrypt(phone.value(), PersonalField.PHONE.binding()),
                phone == null ? null : phoneIndex(phone),
                resident.idNumber().birthDate(),
                resident.idNumber().sex().name(),
                resident.residenceType(),
                resident.movedIn(),
                restricted.isEmpty()
                        ? null
                        : cipher.encrypt(
                                restricted.stream().map(Enum::name).collect(Collectors.joining(",")),
                                PersonalField.RESTRICTED_GROUPS.binding()),
                open);
    }

    /** The ID numbers among these that are already in the register (imports skip them: safe to re-run). */
    /** The grid each of these ID numbers is registered in, for those registered anywhere in the district. */
    public Map<IdCardNumber, String> registeredGrids(Collection<IdCardNumber> numbers) {
        Map<String, IdCardNumber> byIndex = new HashMap<>();
        numbers.forEach(number -> byIndex.put(idNumberIndex(number), number));
        Map<IdCardNumber, String> grids = new HashMap<>();
        store.gridsOfRegistered(byIndex.keySet()).forEach((index, grid) -> grids.put(byIndex.get(index), grid));
        return grids;
    }

    @Transactional
    public Page list(CurrentUser viewer, @Nullable String nameStartsWith, int page) {
        GridScope scope = viewer.scope();
        int offset = PageNumber.offset(page, PAGE_SIZE);
        int safePage = Math.max(page, 0);
        List<ResidentView> views =
                store.page(scope, visiblePart(viewer, blankToNull(nameStartsWith)), offset, PAGE_SIZE).stream()
                        .map(row -> view(row, viewer))
                        .toList();
        if (!views.isEmpty()) {
            record(
                    viewer,
                    AuditAction.VIEW_PERSONAL_DATA,
                    "resident-list",
                    "page-" + safePage,
                    null,
                    null,
                    "masked list of " + views.size());
        }
        return new Page(views, store.count(scope), safePage);
    }

    /**
     * Exact search by ID number or phone through the blind indexes, within the viewer's scope. Refused for a field
     * the viewer's role may not see at all, and once the account has searched too often or missed too often
     * ({@link SearchThrottle}); every search is audited, a miss as well as a hit, without the number searched for.
     */
    @Transactional(noRollbackFor = SearchThrottled.class)
    public List<ResidentView> search(CurrentUser viewer, String query) {
        String trimmed = query.trim().toUpperCase();
        PersonalField by;
        String index;
        if (IdCardNumber.problemWith(trimmed) == null) {
            by = PersonalField.ID_NUMBER;
            index = idNumberIndex(IdCardNumber.of(trimmed));
        } else if (PhoneNumber.isValid(trimmed)) {
            by = PersonalField.PHONE;
            index = phoneIndex(PhoneNumber.of(trimmed));
        } else {
            return List.of();
        }
        if (DataPolicy.disclosure(viewer.role(), by.datum()) == DataPolicy.Disclosure.HIDDEN) {
            throw new RevealRefused();
        }
        if (!throttle.admits(viewer)) {
            record(
                    viewer,
                    AuditAction.SEARCH_PERSONAL_DATA,
                    "resident-search",
                    "refused",
                    null,
                    null,
                    "exact search by " + by.binding() + ": refused, too many searches or misses");
            throw new SearchThrottled();
        }
        List<ResidentView> found = store.findByIndex(by, index).stream()
                .filter(row -> viewer.scope().covers(RegionCode.of(row.gridCode())))
                .map(row -> view(row, viewer))
                .toList();
        throttle.searched(viewer, !found.isEmpty());
        record(
                viewer,
                AuditAction.SEARCH_PERSONAL_DATA,
                "resident-search",
                found.isEmpty() ? "miss" : "hit",
                null,
                null,
                "exact search by " + by.binding() + ": " + found.size() + " found");
        found.forEach(view -> record(
                viewer,
                AuditAction.VIEW_PERSONAL_DATA,
                "resident",
                view.id().toString(),
                view.gridCode(),
                null,
                "found by exact search"));
        return found;
    }

    @Transactional
    public ResidentView detail(CurrentUser viewer, UUID id) {
        ResidentRow row = inScope(viewer, id);
        record(
                viewer,
                AuditAction.VIEW_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                null,
                "masked record");
        return view(row, viewer);
    }

    /** One field of one record in plain text, for a permitted role that says why. */
    @Transactional
    public String reveal(CurrentUser viewer, UUID id, PersonalField field, String reason) {
        if (!DataPolicy.mayReveal(viewer.role(), field.datum())) {
            throw new RevealRefused();
        }
        String why = Reasons.required(reason);
        ResidentRow row = inScope(viewer, id);
        String stored = switch (field) {
            case ID_NUMBER -> row.idNumberCipher();
            case PHONE -> row.phoneCipher();
            case RESTRICTED_GROUPS -> row.restrictedCipher();
        };
        record(
                viewer,
                AuditAction.REVEAL_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                why,
                "field=" + field.binding());
        return stored == null ? "" : cipher.decrypt(stored, field.binding());
    }

    /** Records that a resident moved out (the date starts their retention period). */
    @Transactional
    public void moveOut(CurrentUser editor, UUID id, LocalDate date) {
        if (!DataPolicy.mayReveal(editor.role())) {
            throw new RevealRefused();
        }
        ResidentRow row = inScope(editor, id);
        store.moveOut(id, date);
        record(
                editor,
                AuditAction.CHANGE_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                null,
                "moved out on " + date);
    }

    private ResidentRow inScope(CurrentUser viewer, UUID id) {
        ResidentRow row = store.find(id).orElseThrow(ResidentNotFound::new);
        if (!viewer.scope().covers(RegionCode.of(row.gridCode()))) {
            throw new OutOfScope("resident");
        }
        return row;
    }

    private ResidentView view(ResidentRow row, CurrentUser viewer) {
        return new Disclosed(row, viewer.role(), false, cipher).view();
    }

    private void record(
            CurrentUser viewer,
            AuditAction action,
            String subjectType,
            String subjectId,
            @Nullable String scope,
            @Nullable String reason,
            String detail) {
        audit.record(new AuditRecord(
                viewer.getUsername(), viewer.role().name(), action, subjectType, subjectId, scope, reason, detail));
    }

    private String idNumberIndex(IdCardNumber number) {
        return cipher.blindIndex(number.value(), PersonalField.ID_NUMBER.binding());
    }

    private String phoneIndex(PhoneNumber phone) {
        return cipher.blindIndex(phone.value(), PersonalField.PHONE.binding());
    }

    /**
     * A role that sees names masked filters by the surname alone: a longer prefix would spell out, one character at
     * a time, the name the mask hides.
     */
    private static @Nullable String visiblePart(CurrentUser viewer, @Nullable String namePrefix) {
        if (namePrefix == null || DataPolicy.seesNames(viewer.role())) {
            return namePrefix;
        }
        return namePrefix.substring(0, namePrefix.offsetByCodePoints(0, 1));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
