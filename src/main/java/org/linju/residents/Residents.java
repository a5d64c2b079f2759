package org.linju.residents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.shared.IdCardNumber;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases. Every read goes through the viewer's scope, comes back masked for the viewer's role,
 * and leaves an audit entry; a reveal needs a permitted role and a reason.
 */
@Service
public class Residents {

    /** The columns the register may be sorted by; the first (the address) is the default. */
    public static final List<String> SORTABLE = ResidentOrder.COLUMNS;

    private final ResidentRegistration registration;
    private final ResidentViews views;
    private final ExactSearch exactSearch;

    Residents(ResidentRegistration registration, ResidentViews views, ExactSearch exactSearch) {
        this.registration = registration;
        this.views = views;
        this.exactSearch = exactSearch;
    }

    /** Registers residents (callers audit the batch as a whole). Refuses an ID number already registered. */
    @Transactional
    public List<UUID> register(List<NewResident> residents) {
        return registration.register(residents);
    }

    /** The grid each of these ID numbers is registered in, for those registered anywhere in the district. */
    public Map<IdCardNumber, String> registeredGrids(Collection<IdCardNumber> numbers) {
        return registration.registeredGrids(numbers);
    }

    /**
     * One page of the register within the viewer's scope, narrowed by {@code filter} (an area outside the scope is
     * refused, never widened); masked for the viewer's role and audited.
     */
    @Transactional
    public ListPage<ResidentView> list(CurrentUser viewer, ResidentFilter filter, ListRequest request) {
        return views.list(viewer, filter.seenBy(viewer), request);
    }

    /**
     * Exact search by ID number or phone through the blind indexes, within the viewer's scope. Refused for a field
     * the viewer's role may not see at all, and once the account has searched too often or missed too often
     * ({@link SearchThrottle}); every search is audited, a miss as well as a hit, without the number searched for.
     * A refusal keeps its audit entry, hence no rollback for it.
     */
    @Transactional(noRollbackFor = SearchThrottled.class)
    public List<ResidentView> search(CurrentUser viewer, String query) {
        return search(viewer, query, ResidentFilter.NONE);
    }

    /** {@link #search(CurrentUser, String)} within an area and residence type of the viewer's scope. */
    @Transactional(noRollbackFor = SearchThrottled.class)
    public List<ResidentView> search(CurrentUser viewer, String query, ResidentFilter filter) {
        return exactSearch.search(viewer, query, filter.seenBy(viewer));
    }

    @Transactional
    public ResidentView detail(CurrentUser viewer, UUID id) {
        return views.detail(viewer, id);
    }

    /** One field of one record in plain text, for a permitted role that says why. */
    @Transactional
    public String reveal(CurrentUser viewer, UUID id, PersonalField field, String reason) {
        return views.reveal(viewer, id, field, reason);
    }

    /** Records that a resident moved out (the date starts their retention period). */
    @Transactional
    public void moveOut(CurrentUser editor, UUID id, LocalDate date) {
        registration.moveOut(editor, id, date);
    }
}
