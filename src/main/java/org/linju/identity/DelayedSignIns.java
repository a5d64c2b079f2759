package org.linju.identity;

import java.util.List;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District admins see which accounts in their area must wait to sign in, and release one when its owner cannot wait;
 * they also see and release client addresses (an office behind one address).
 */
@Service
class DelayedSignIns {

    private final LoginFailures failures;
    private final AuditLog audit;

    DelayedSignIns(LoginFailures failures, AuditLog audit) {
        this.failures = failures;
        this.audit = audit;
    }

    List<LoginFailures.DelayedAccount> within(CurrentUser admin) {
        requireAdmin(admin);
        return failures.delayedWithin(admin.scope());
    }

    @Transactional
    void release(CurrentUser admin, String username) {
        requireAdmin(admin);
        if (!failures.clearWithin(username, admin.scope())) {
            throw new OutOfScope("delayed sign-in");
        }
        audit.record(new AuditRecord(
                admin.getUsername(),
                admin.role().name(),
                AuditAction.SIGN_IN_RELEASE,
                "account",
                username,
                null,
                null,
                "failed sign-in counts cleared"));
    }

    /** Client addresses belong to no area: every district admin sees and releases them. */
    List<LoginFailures.DelayedAddress> addresses(CurrentUser admin) {
        requireAdmin(admin);
        return failures.delayedAddresses();
    }

    @Transactional
    void releaseAddress(CurrentUser admin, String address) {
        requireAdmin(admin);
        if (!failures.clearAddress(address)) {
            throw new OutOfScope("delayed client address");
        }
        audit.record(new AuditRecord(
                admin.getUsername(),
                admin.role().name(),
                AuditAction.SIGN_IN_RELEASE,
                "client-address",
                address,
                null,
                null,
                "failed sign-in count of the address cleared"));
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("delayed sign-ins");
        }
    }
}
