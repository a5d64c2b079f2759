package org.linju.forces;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.stereotype.Service;

/**
 * The A/B hand-over (AB角): a person marked unavailable hands each role they hold as A to its B, recorded in the
 * switch log, and takes them back when marked available again; meanwhile new work for them goes to their backups.
 * Runs inside the transactions of {@link Forces}.
 */
@Service
class DutyHandover {

    private final ForceRegister register;
    private final DutyCharts charts;
    private final DutySwitches switches;
    private final Clock clock;

    DutyHandover(ForceRegister register, DutyCharts charts, DutySwitches switches, Clock clock) {
        this.register = register;
        this.charts = charts;
        this.switches = switches;
        this.clock = clock;
    }

    List<UUID> markUnavailable(CurrentUser by, UUID memberId, String reason) {
        ForceMember member = coordinatedBy(by, memberId);
        if (reason.isBlank() || reason.length() > 200) {
            throw new ReasonRequired();
        }
        if (!register.setAvailable(member.id(), false, reason.strip())) {
            return List.of();
        }
        return switchToBackups(member.id(), reason.strip(), by.getUsername());
    }

    List<UUID> markUnreachable(UUID memberId, String reason) {
        if (!register.setAvailable(memberId, false, reason)) {
            return List.of();
        }
        return switchToBackups(memberId, reason, "system");
    }

    void markAvailable(CurrentUser by, UUID memberId) {
        ForceMember member = coordinatedBy(by, memberId);
        if (register.setAvailable(member.id(), true, null)) {
            switches.recordSwitchBack(member.id(), clock.instant());
        }
    }

    List<String> actingFor(Collection<String> usernames) {
        LinkedHashSet<String> acting = new LinkedHashSet<>();
        for (String username : usernames) {
            Optional<ForceMember> member = register.byAccount(username);
            if (member.isEmpty() || member.get().available()) {
                acting.add(username);
                continue;
            }
            List<String> backups = availableBackupAccounts(member.get().id());
            if (backups.isEmpty()) {
                acting.add(username);
            }
            acting.addAll(backups);
        }
        return List.copyOf(acting);
    }

    List<UUID> backupsOf(UUID memberId) {
        return charts.backedDutiesOf(memberId).stream()
                .map(DutyCharts.BackedDuty::backupId)
                .distinct()
                .toList();
    }

    private List<String> availableBackupAccounts(UUID memberId) {
        return backupsOf(memberId).stream()
                .map(register::find)
                .flatMap(Optional::stream)
                .filter(ForceMember::available)
                .map(ForceMember::accountUsername)
                .filter(Objects::nonNull)
                .toList();
    }

    private List<UUID> switchToBackups(UUID holder, String reason, String by) {
        Instant now = clock.instant();
        List<DutyCharts.BackedDuty> duties = charts.backedDutiesOf(holder);
        for (DutyCharts.BackedDuty duty : duties) {
            switches.recordSwitch(duty.areaCode(), duty.role(), holder, duty.backupId(), reason, now, by);
        }
        return duties.stream().map(DutyCharts.BackedDuty::backupId).distinct().toList();
    }

    private ForceMember coordinatedBy(CurrentUser viewer, UUID memberId) {
        ForceMember member = register.find(memberId).orElseThrow(() -> new OutOfScope("force member"));
        if (!ForcesAccess.coordinates(viewer, member)) {
            throw new OutOfScope("force member");
        }
        return member;
    }
}
