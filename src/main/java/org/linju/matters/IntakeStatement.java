package org.linju.matters;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Intake's side of the matter table: reports sealed for storing, the hourly limits, and the one statement that takes a
 * whole batch of reports ({@link #receive}).
 */
@Repository
class IntakeStatement {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    /** Limits of senders who are not staff: reports an hour from one address, and from one phone. */
    private final int perAddressPerHour;

    private final int perPhonePerHour;

    /** The statement {@link #receive} runs; its parameters are the columns of the batch. */
    private static final String RECEIVE = """
				with report as (
				    select * from unnest(cast(:ids as uuid[]), cast(:codes as varchar[]), cast(:districts as varchar[]),
				                         cast(:grids as varchar[]), cast(:categories as varchar[]),
				                         cast(:descriptions as varchar[]), cast(:channels as varchar[]),
				                         cast(:phoneCiphers as varchar[]), cast(:phoneIndexes as char(64)[]),
				                         cast(:addresses as char(64)[]), cast(:keys as varchar[]), cast(:creators as varchar[]),
				                         cast(:actors as varchar[]), cast(:scopes as varchar[]),
				                         cast(:requestHashes as char(64)[]), cast(:limited as boolean[]),
				                         cast(:lats as float8[]), cast(:lngs as float8[]), cast(:ats as timestamptz[]))
				        with ordinality
				        as r(id, code, district, grid, category, description, channel, phone_cipher, phone_index, address,
				             key, created_by, actor, scope, request_hash, limited, lat, lng, at, n)
				), checked as (
				    select r.*, r.limited and (
				        (select count(*) from (select 1 from matter m where m.reporter_address_index = r.address
				                               and m.reported_at > now() - interval '1 hour' limit :perAddress) a)
				          + case when r.address is null then 0
				                 else row_number() over (partition by r.address order by r.n) - 1 end
				          >= :perAddress
				        or (select count(*) from (select 1 from matter m where m.reporter_phone_index = r.phone_index
				                                  and m.reporter_address_index is not null
				                                  and m.reported_at > now() - interval '1 hour' limit :perPhone) p)
				          + case when r.phone_index is null then 0
				                 else row_number() over (partition by r.phone_index, r.limited order by r.n) - 1 end
				          >= :perPhone) as refused
				    from report r
				), reported as (
				    insert into matter (id, tracking_code, district_code, grid_code, category_code, description, channel,
				                        lat, lng, reporter_phone_cipher, reporter_phone_index, reporter_address_index,
				                        stage, reported_at, updated_at, idempotency_scope, idempotency_key, request_hash,
				                        created_by)
				    select id, code, district, grid, category, description, channel, lat, lng, phone_cipher, phone_index,
				           address, 'REPORTED', at, at, scope, key, request_hash, created_by
				    from checked where not refused order by n
				    on conflict (idempotency_scope, idempotency_key) do nothing
				    returning id
				), received as (
				    insert into matter_timeline (matter_id, at, actor, action, from_stage, to_stage, note, public)
				    select id, at, actor, 'report', 'REPORTED', 'REPORTED', 'matter.note.received', true
				    from reported join checked using (id)
				)
				select c.refused, exists (select 1 from reported p where p.id = c.id) as stored,
				       array(select code from (
				           (select m.tracking_code as code, metres_between(m.lat, m.lng, c.lat, c.lng) as metres
				            from matter m where\s""" + MatterStore.nearby("c.category", "c.lat", "c.lng") + """
				           )
				           union all
				           select e.code, metres_between(e.lat, e.lng, c.lat, c.lng) from checked e
				           where e.n < c.n and e.id in (select id from reported) and e.category = c.category
				             and metres_between(e.lat, e.lng, c.lat, c.lng) <= 50) near
				         order by metres limit 10) as nearby
				from checked c order by c.n
				""";

    IntakeStatement(
            JdbcClient jdbc,
            FieldCipher cipher,
            @Value("${linju.matters.anonymous-per-address-per-hour:20}") int perAddressPerHour,
            @Value("${linju.matters.anonymous-per-phone-per-hour:5}") int perPhonePerHour) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.perAddressPerHour = perAddressPerHour;
        this.perPhonePerHour = perPhonePerHour;
    }

    /** The matter first stored with this sender's key, and whether it came from the same report. */
    record FirstWithKey(UUID id, boolean sameReport) {}

    Optional<FirstWithKey> firstWith(IdempotencyKey key) {
        return jdbc.sql("""
				select id, request_hash is not distinct from :hash as same from matter
				where idempotency_scope = :scope and idempotency_key = :key
				""")
                .param("hash", key.requestHash())
                .param("scope", key.scope())
                .param("key", key.key())
                .query((rs, row) -> new FirstWithKey(rs.getObject("id", UUID.class), rs.getBoolean("same")))
                .optional();
    }

    /** A report ready to be stored: located, its tracking code drawn, its phone sealed, its reporter's address hashed. */
    record Incoming(
            UUID id,
            String trackingCode,
            String district,
            @Nullable String grid,
            NewReport report,
            Reporter reporter,
            @Nullable IdempotencyKey idempotencyKey,
            @Nullable String addressIndex,
            @Nullable String phoneCipher,
            @Nullable String phoneIndex) {}

    /**
     * A report sealed for storing: the phone encrypted and blind-indexed, the client address hashed when the hourly
     * limits apply to its sender, and the Idempotency-Key scoped to the sender. Done on the caller's thread, so the
     * writer of a batch only stores ({@link #receive}).
     */
    Incoming incoming(
            UUID id,
            String trackingCode,
            String district,
            @Nullable String grid,
            NewReport report,
            Reporter reporter,
            @Nullable String idempotencyKey,
            List<byte[]> photos) {
        String phone = report.phone();
        String address = reporter.limited() && reporter.address() != null
                ? cipher.blindIndex(reporter.address(), "matter.reporter_address")
                : null;
        return new Incoming(
                id,
                trackingCode,
                district,
                grid,
                report,
                reporter,
                idempotencyKey == null
                        ? null
                        : IdempotencyKey.of(idempotencyKey, reporter, address, report, photos, cipher),
                address,
                phone == null ? null : cipher.encrypt(phone, MatterStore.PHONE),
                phone == null ? null : cipher.blindIndex(phone, MatterStore.PHONE));
    }

    /**
     * What taking a report did: whether the hourly limits refused it, whether it was stored (false as well when its
     * sender used its Idempotency-Key before), and the tracking codes of likely duplicates nearby.
     */
    record Taken(boolean refused, boolean stored, List<String> nearby) {}

    /**
     * Whether a report whose sender has hourly limits is over one already, counting stored reports only: a cheap look
     * before its photos are decoded and written. {@link #receive} still decides, counting the reports of its batch too.
     */
    boolean overHourlyLimits(Incoming report) {
        if (!report.reporter().limited()) {
            return false;
        }
        return jdbc.sql("""
				select (select count(*) from (select 1 from matter m where m.reporter_address_index = :address
				                               and m.reported_at > now() - interval '1 hour' limit :perAddress) a) >= :perAddress
				    or (select count(*) from (select 1 from matter m where m.reporter_phone_index = :phone
				                               and m.reporter_address_index is not null and m.reported_at > now() - interval '1 hour'
				                               limit :perPhone) p) >= :perPhone
				""")
                .param("address", report.addressIndex())
                .param("phone", report.phoneIndex())
                .param("perAddress", perAddressPerHour)
                .param("perPhone", perPhonePerHour)
                .query(Boolean.class)
                .single();
    }

    /**
     * Receives a batch of reports in one statement: per report the hourly limits of reporters who are not staff (per
     * address and per phone, each count bounded, earlier reports of the same batch counted too; the stored reports
     * counted are those with an address index, which staff entries never have: a hotline call's phone is the caller's,
     * not the staff member's), the matter and its first timeline entry ("received", public), and the likely duplicates
     * nearby (stored ones and earlier ones of the same batch). A report whose sender used its Idempotency-Key before
     * inserts nothing; the unique (scope, key) decides, so there is no look-up before the insert. The statement's plan
     * is kept (generic): planning it anew costs more than running it. Answers one {@link Taken} per report, in order;
     * runs in the caller's transaction.
     */
    List<Taken> receive(List<Incoming> reports, Instant now) {
        return receive(reports, Collections.nCopies(reports.size(), now));
    }

    /** As {@link #receive(List, Instant)}, each report stored as arrived at its own instant. */
    List<Taken> receive(List<Incoming> reports, List<Instant> arrived) {
        IntakeColumns columns = IntakeColumns.of(reports, arrived);
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        List<Taken> taken = jdbc.sql(RECEIVE)
                .param("ids", columns.ids())
                .param("codes", columns.text()[0])
                .param("districts", columns.text()[1])
                .param("grids", columns.text()[2])
                .param("categories", columns.text()[3])
                .param("descriptions", columns.text()[4])
                .param("channels", columns.text()[5])
                .param("phoneCiphers", columns.text()[6])
                .param("phoneIndexes", columns.text()[7])
                .param("addresses", columns.text()[8])
                .param("keys", columns.text()[9])
                .param("creators", columns.text()[10])
                .param("actors", columns.text()[11])
                .param("scopes", columns.text()[12])
                .param("requestHashes", columns.text()[13])
                .param("limited", columns.limited())
                .param("lats", columns.numbers()[0])
                .param("lngs", columns.numbers()[1])
                .param("perAddress", perAddressPerHour)
                .param("perPhone", perPhonePerHour)
                .param("ats", columns.arrived())
                .query((rs, row) -> new Taken(rs.getBoolean("refused"), rs.getBoolean("stored"), List.of((String[])
                        rs.getArray("nearby").getArray())))
                .list();
        if (taken.size() != reports.size()) {
            throw new IllegalStateException(taken.size() + " answers for " + reports.size() + " reports");
        }
        return taken;
    }
}
