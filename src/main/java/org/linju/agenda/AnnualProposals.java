package org.linju.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaNames;
import org.linju.privacy.FieldCipher;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' proposals for a community's list, sent from the public page without an account. As with the public
 * intake, an address may send only so many an hour: counted from the stored proposals by a keyed hash of the address
 * (the address itself is never kept), under a lock on that hash so a burst sent at once is counted too.
 */
@Service
public class AnnualProposals {

    private static final String ADDRESS_FIELD = "annual_item.proposer_address";

    private final AnnualItemStore items;
    private final AnnualItems annualItems;
    private final AreaNames names;
    private final FieldCipher cipher;
    private final Clock clock;
    private final int perHour;

    AnnualProposals(
            AnnualItemStore items,
            AnnualItems annualItems,
            AreaNames names,
            FieldCipher cipher,
            Clock clock,
            @Value("${linju.agenda.proposals-per-hour:5}") int perHour) {
        this.items = items;
        this.annualItems = annualItems;
        this.names = names;
        this.cipher = cipher;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** The year a proposal made now is for: this year's list, or next year's once this year's is closed. */
    public int yearFor(String community) {
        int year = AgendaYear.current(clock);
        return items.closed(community, year) ? year + 1 : year;
    }

    /** Takes a resident's proposal for the community's list; refuses one over the hourly limit of the address. */
    @Transactional
    public UUID propose(
            String community,
            @Nullable String grid,
            String title,
            String reason,
            @Nullable String name,
            String clientAddress) {
        communityName(community);
        Candidate candidate = new Candidate(community, grid, yearFor(community), title, reason);
        annualItems.checkPlace(candidate);
        String proposer = name == null || name.isBlank() ? null : name.strip();
        if (proposer != null && proposer.length() > 20) {
            throw new ItemInvalid("agenda.nameLength");
        }
        String address = cipher.blindIndex(clientAddress, ADDRESS_FIELD);
        Instant now = clock.instant();
        if (items.recentProposalsLocked(address, now) >= perHour) {
            throw new TooManyProposals();
        }
        return items.insert(
                new AnnualItemStore.NewItem(
                        community,
                        candidate.grid(),
                        candidate.year(),
                        candidate.title(),
                        candidate.description(),
                        ItemStatus.PROPOSED,
                        proposer,
                        address),
                now);
    }

    /** The name of a community, for the public pages; 404 for a code that names no community. */
    public String communityName(String community) {
        RegionCode code = RegionCode.of(community);
        String name = names.of(List.of(code.value())).get(code.value());
        if (code.level() != RegionLevel.COMMUNITY || name == null) {
            throw new ItemNotFound();
        }
        return name;
    }
}
