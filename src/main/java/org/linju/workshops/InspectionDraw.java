package org.linju.workshops;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws unannounced inspections: workshops and days picked with {@link SecureRandom} (nobody can foresee or steer
 * them), each workshop at most once a day and, while there are enough, each once per draw. The draw is recorded with
 * its area, period, the number asked for and the number of workshops it drew from.
 */
@Service
public class InspectionDraw {

    static final int MOST = 50;
    static final int LONGEST_DAYS = 366;

    /** A person the team may take: an account of the supervision roles whose area covers the drawn area. */
    public record TeamMember(UUID id, String name) {}

    /** What a draw produced. */
    public record Drawn(UUID drawId, int pool, List<Inspection> inspections) {}

    private final InspectionStore store;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InspectionDraw(InspectionStore store, Accounts accounts, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The supervision-role accounts whose area covers {@code area}: the team is picked from them, never typed. */
    public List<TeamMember> teamCandidates(CurrentUser supervisor, String area) {
        WorkshopAccess.requireSupervisor(supervisor);
        RegionCode code = RegionCode.of(area.strip());
        if (!supervisor.scope().covers(code)) {
            throw new OutOfScope("area " + code);
        }
        return accounts.usernamesCovering(code, WorkshopAccess.SUPERVISORS).stream()
                .map(accounts::find)
                .flatMap(Optional::stream)
                .map(user -> new TeamMember(user.id(), user.displayName()))
                .sorted(Comparator.comparing(TeamMember::name))
                .toList();
    }

    @Transactional
    public Drawn draw(CurrentUser supervisor, DrawRequest request) {
        Map<UUID, String> team = team(supervisor, request);
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        WorkshopRefused.unless(!request.from().isBefore(today), "workshops.refused.drawPast");
        WorkshopRefused.unless(!request.to().isBefore(request.from()), "workshops.refused.drawPeriod");
        long days = ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
        WorkshopRefused.unless(days <= LONGEST_DAYS, "workshops.refused.drawPeriod");
        WorkshopRefused.unless(request.count() >= 1 && request.count() <= MOST, "workshops.refused.drawCount");
        List<Workshop> pool = pool(request.area());
        WorkshopRefused.unless(!pool.isEmpty(), "workshops.refused.drawEmpty");
        WorkshopRefused.unless(request.count() <= pool.size() * days, "workshops.refused.drawCount");
        UUID drawId = UUID.randomUUID();
        store.insertDraw(
                drawId,
                request.area(),
                request.from(),
                request.to(),
                request.count(),
                pool.size(),
                supervisor,
                clock.instant());
        List<Inspection> drawn = new ArrayList<>();
        for (Map.Entry<Workshop, LocalDate> pick : picks(pool, request.from(), (int) days, request.count())) {
            UUID id = UUID.randomUUID();
            store.insert(id, pick.getKey(), drawId, pick.getValue(), team);
            drawn.add(new Inspection(
                    id,
                    pick.getKey().id(),
                    pick.getKey().name(),
                    pick.getKey().gridCode(),
                    pick.getValue(),
                    null,
                    null,
                    List.copyOf(team.values())));
        }
        drawn.sort(Comparator.comparing(Inspection::day));
        return new Drawn(drawId, pool.size(), drawn);
    }

    private Map<UUID, String> team(CurrentUser supervisor, DrawRequest request) {
        WorkshopAccess.requireSupervisor(supervisor);
        WorkshopRefused.unless(!request.area().isBlank(), "workshops.refused.drawArea");
        Map<UUID, String> candidates = new LinkedHashMap<>();
        teamCandidates(supervisor, request.area()).forEach(m -> candidates.put(m.id(), m.name()));
        Set<UUID> picked = new HashSet<>(request.team());
        WorkshopRefused.unless(picked.size() >= 2, "workshops.refused.team");
        WorkshopRefused.unless(candidates.keySet().containsAll(picked), "workshops.refused.teamMember");
        Map<UUID, String> team = new LinkedHashMap<>();
        picked.forEach(id -> team.put(id, candidates.get(id)));
        return team;
    }

    /** The operating workshops of the area, locked so that the pool is the one recorded. */
    private List<Workshop> pool(String area) {
        return jdbc.sql("select * from workshop where grid_code like ? and status = 'OPERATING' order by id for share")
                .param(RegionCode.of(area.strip()).value() + "%")
                .query((rs, row) -> WorkshopStore.toWorkshop(rs))
                .list();
    }

    /** Workshops without replacement while the pool lasts (then again), days uniformly, never a pair twice. */
    private List<Map.Entry<Workshop, LocalDate>> picks(List<Workshop> pool, LocalDate from, int days, int count) {
        List<Map.Entry<Workshop, LocalDate>> picks = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<Workshop> bag = new ArrayList<>();
        while (picks.size() < count) {
            if (bag.isEmpty()) {
                bag.addAll(pool);
            }
            int index = random.nextInt(bag.size());
            LocalDate day = from.plusDays(random.nextInt(days));
            if (taken.add(bag.get(index).id() + "@" + day)) {
                picks.add(Map.entry(bag.remove(index), day));
            }
        }
        return picks;
    }
}
