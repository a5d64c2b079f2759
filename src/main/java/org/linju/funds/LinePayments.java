package org.linju.funds;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments against a line. A payment never takes a line below zero, also when many are recorded at once: the line's
 * spent sum grows only by one conditional UPDATE (and the table's CHECK holds it too). The same Idempotency-Key from
 * the same person is one payment, however often the form is sent.
 */
@Service
public class LinePayments {

    static final String PAYEE_FIELD = "budget_payment.payee";
    private static final Set<String> ATTACHMENT_TYPES = Set.of(UploadedFile.PDF, UploadedFile.JPEG, UploadedFile.PNG);

    private final BudgetLines lines;
    private final BudgetLineStore store;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    LinePayments(BudgetLines lines, BudgetLineStore store, JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.lines = lines;
        this.store = store;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Records the payment (or finds the one this key already recorded) and returns its id. */
    @Transactional
    public UUID pay(CurrentUser user, UUID lineId, NewPayment payment, @Nullable String idempotencyKey) {
        BudgetLine line = lines.line(user, lineId);
        FundsAccess.requireManager(user, line);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw new FundsRefused("funds.payment.key");
        }
        Optional<UUID> earlier = key == null ? Optional.empty() : byKey(user, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long amount = Yuan.positiveFen(payment.amountYuan());
        Long allocationFen = payment.allocationId() == null ? null : lockAllocation(lineId, payment.allocationId());
        UUID id = UUID.randomUUID();
        if (!insert(id, line, payment, amount, user, key)) {
            return byKey(user, key).orElseThrow(() -> new FundsRefused("funds.payment.voucherTaken"));
        }
        if (allocationFen != null && paidFrom(payment.allocationId()) > allocationFen) {
            throw new FundsRefused("funds.payment.beyondAllocation");
        }
        if (!store.spend(lineId, amount)) {
            throw new FundsRefused(
                    line.status() == LineStatus.ACTIVE ? "funds.payment.overspend" : "funds.payment.notActive");
        }
        return id;
    }

    /** Inserts the row unless its voucher or key is taken (then false, and nothing is written). */
    private boolean insert(
            UUID id, BudgetLine line, NewPayment payment, long amount, CurrentUser user, @Nullable String key) {
        String voucher = payment.voucherNo() == null ? "" : payment.voucherNo().strip();
        String payee = payment.payee() == null ? "" : payment.payee().strip();
        if (voucher.isEmpty() || voucher.length() > 60) {
            throw new FundsRefused("funds.payment.voucherMissing");
        }
        if (payee.isEmpty() || payee.length() > 200 || payment.payeeKind() == null) {
            throw new FundsRefused("funds.payment.payeeMissing");
        }
        if (payment.paidOn() == null) {
            throw new FundsRefused("funds.payment.dateMissing");
        }
        UploadedFile file = payment.attachment();
        String type = file == null ? null : file.acceptedType(ATTACHMENT_TYPES);
        boolean person = payment.payeeKind() == NewPayment.PayeeKind.PERSON;
        return jdbc.sql("""
				insert into budget_payment (id, line_id, allocation_id, paid_on, amount_fen, payee_kind, payee, voucher_no,
				    attachment_name, attachment_type, attachment, recorded_by, recorded_at, idempotency_key)
				values (:id, :line, :allocation, :paidOn, :amount, :kind, :payee, :voucher, :fileName, :fileType, :file,
				    :by, :at, :key)
				on conflict do nothing
				""")
                        .param("id", id)
                        .param("line", line.id())
                        .param("allocation", payment.allocationId())
                        .param("paidOn", Date.valueOf(payment.paidOn()))
                        .param("amount", amount)
                        .param("kind", payment.payeeKind().name())
                        .param("payee", person ? cipher.encrypt(payee, PAYEE_FIELD) : payee)
                        .param("voucher", voucher)
                        .param("fileName", file == null ? null : file.cleanName())
                        .param("fileType", type)
                        .param("file", file == null ? null : file.bytes())
                        .param("by", user.getUsername())
                        .param("at", Timestamp.from(clock.instant()))
                        .param("key", key)
                        .update()
                == 1;
    }

    /**
     * The amount of an allocation of this line, locked until the transaction ends, so that payments from it are
     * summed one after the other.
     */
    private long lockAllocation(UUID lineId, UUID allocationId) {
        return jdbc.sql("select amount_fen from budget_allocation where id = ? and line_id = ? for update")
                .params(allocationId, lineId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new FundsRefused("funds.payment.allocationOther"));
    }

    private long paidFrom(UUID allocationId) {
        return jdbc.sql("select coalesce(sum(amount_fen), 0) from budget_payment where allocation_id = ?")
                .param(allocationId)
                .query(Long.class)
                .single();
    }

    private Optional<UUID> byKey(CurrentUser user, @Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from budget_payment where recorded_by = ? and idempotency_key = ?")
                .params(user.getUsername(), key)
                .query(UUID.class)
                .optional();
    }

    /** The line's payments, newest first, the payee as the viewer may see it. */
    public List<Payment> of(CurrentUser viewer, UUID lineId) {
        return jdbc.sql("""
				select id, allocation_id, paid_on, amount_fen, payee_kind, payee, voucher_no, attachment_name, recorded_by
				from budget_payment where line_id = ? order by paid_on desc, recorded_at desc
				""")
                .param(lineId)
                .query((rs, row) -> new Payment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("allocation_id", UUID.class),
                        rs.getDate("paid_on").toLocalDate(),
                        rs.getLong("amount_fen"),
                        NewPayment.PayeeKind.valueOf(rs.getString("payee_kind")),
                        PayeeNames.shown(viewer, rs.getString("payee_kind"), rs.getString("payee"), cipher),
                        rs.getString("voucher_no"),
                        PayeeNames.attachment(viewer, rs.getString("payee_kind"), rs.getString("attachment_name")),
                        rs.getString("recorded_by")))
                .list();
    }

    /** One payment as a list shows it; {@code payee} already masked for the viewer where it is a person. */
    public record Payment(
            UUID id,
            @Nullable UUID allocationId,
            LocalDate paidOn,
            long amountFen,
            NewPayment.PayeeKind payeeKind,
            String payee,
            String voucherNo,
            @Nullable String attachmentName,
            String recordedBy) {}
}
