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
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.FieldCipher;
import org.linju.shared.IdCardNumber;
import org.linju.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** Residents entering the register, sealed (encrypted and indexed) on the way in, and leaving it by moving out. */
@Component
class ResidentRegistration {

    private final ResidentStore store;
    private final HouseholdStore households;
    private final FieldCipher cipher;
    private final BlindIndexes indexes;
    private final ResidentAudit audit;

    ResidentRegistration(
            ResidentStore store,
            HouseholdStore households,
            FieldCipher cipher,
            BlindIndexes indexes,
            ResidentAudit audit) {
        this.store = store;
        this.households = households;
        this.cipher = cipher;
        this.indexes = indexes;
        this.audit = audit;
    }

    List<UUID> register(List<NewResident> residents) {
        Map<String, UUID> householdIds = households.households(
                residents.stream().map(ResidentRegistration::householdKey).toList());
        List<ResidentStore.Sealed> sealed = new ArrayList<>();
        Set<String> idIndexes = new HashSet<>();
        for (NewResident resident : residents) {
            ResidentStore.Sealed seal = seal(resident, householdIds.get(householdKey(resident)));
            if (!idIndexes.add(seal.idIndex())) {
                throw new AlreadyRegistered();
            }
            sealed.add(seal);
        }
        if (!store.gridsOfRegistered(idIndexes).isEmpty()) {
            throw new AlreadyRegistered();
        }
        store.insertAll(sealed);
        return sealed.stream().map(ResidentStore.Sealed::id).toList();
    }

    Map<IdCardNumber, String> registeredGrids(Collection<IdCardNumber> numbers) {
        Map<String, IdCardNumber> byIndex = new HashMap<>();
        numbers.forEach(number -> byIndex.put(indexes.of(number), number));
        Map<IdCardNumber, String> grids = new HashMap<>();
        store.gridsOfRegistered(byIndex.keySet()).forEach((index, grid) -> grids.put(byIndex.get(index), grid));
        return grids;
    }

    void moveOut(CurrentUser editor, UUID id, LocalDate date) {
        if (!DataPolicy.mayReveal(editor.role())) {
            throw new RevealRefused();
        }
        ResidentRow row = store.find(id).orElseThrow(ResidentNotFound::new).within(editor.scope());
        store.moveOut(id, date);
        audit.record(
                editor,
                AuditAction.CHANGE_PERSONAL_DATA,
                "resident",
                id.toString(),
                row.gridCode(),
                null,
                "moved out on " + date);
    }

    private static String householdKey(NewResident resident) {
        return resident.grid().value() + "|" + resident.building() + "|" + resident.unit() + "|" + resident.room();
    }

    private ResidentStore.Sealed seal(NewResident resident, UUID household) {
        PhoneNumber phone = resident.phone();
        return new ResidentStore.Sealed(
                UUID.randomUUID(),
                resident.grid().value(),
                household,
                resident.name(),
                cipher.encrypt(resident.idNumber().value(), PersonalField.ID_NUMBER.binding()),
                indexes.of(resident.idNumber()),
                phone == null ? null : cipher.encrypt(phone.value(), PersonalField.PHONE.binding()),
                phone == null ? null : indexes.of(phone),
                resident.idNumber().birthDate(),
                resident.idNumber().sex().name(),
                resident.residenceType(),
                resident.movedIn(),
                restrictedCipher(resident.groups()),
                resident.groups().stream()
                        .filter(group -> !group.restricted())
                        .sorted()
                        .toList());
    }

    /** Restricted groups are stored only encrypted, as one value; null when the resident is in none. */
    private @Nullable String restrictedCipher(Collection<KeyGroup> groups) {
        Set<KeyGroup> restricted = groups.stream()
                .filter(KeyGroup::restricted)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KeyGroup.class)));
        return restricted.isEmpty()
                ? null
                : cipher.encrypt(
                        restricted.stream().map(Enum::name).collect(Collectors.joining(",")),
                        PersonalField.RESTRICTED_GROUPS.binding());
    }
}
