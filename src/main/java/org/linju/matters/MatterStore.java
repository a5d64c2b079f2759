package org.linju.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MatterStore {

	static final String PHONE = "matter.reporter_phone";

	private static final String SELECT = """
			select m.*, c.name as category_name from matter m join matter_category c on c.code = m.category_code
			""";

	private final JdbcClient jdbc;
	private final FieldCipher cipher;
	/** Anonymous limits: reports an hour from one address, and from one phone. */
	private final int perAddressPerHour;
	private final int perPhonePerHour;

	MatterStore(JdbcClient jdbc, FieldCipher cipher,
			@org.springframework.beans.factory.annotation.Value("${linju.matters.anonymous-per-address-per-hour:20}") int perAddressPerHour,
			@org.springframework.beans.factory.annotation.Value("${linju.matters.anonymous-per-phone-per-hour:5}") int perPhonePerHour) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.perAddressPerHour = perAddressPerHour;
		this.perPhonePerHour = perPhonePerHour;
	}

	List<Category> categories() {
		return jdbc.sql("select * from matter_category order by kind, sort_order, code")
			.query((rs, row) -> new Category(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					rs.getString("parent_code"), rs.getString("kind"), rs.getInt("sort_order"), rs.getBoolean("active")))
			.list();
	}

	/** The matter first stored with this sender's key, and whether it came from the same report. */
	record FirstWithKey(UUID id, boolean sameReport) {
	}

	Optional<FirstWithKey> firstWith(IdempotencyKey key) {
		return jdbc.sql("""
				select id, request_hash is not distinct from :hash as same from matter
				where idempotency_scope = :scope and idempotency_key = :key
				""")
			.param("hash", key.requestHash()).param("scope", key.scope()).param("key", key.key())
			.query((rs, row) -> new FirstWithKey(rs.getObject("id", UUID.class), rs.getBoolean("same")))
			.optional();
	}

	/** A report ready to be stored: located, its tracking code drawn, its phone sealed, its reporter's address hashed. */
	record Incoming(UUID id, String trackingCode, String district, @Nullable String grid, NewReport report,
			Reporter reporter, @Nullable IdempotencyKey idempotencyKey, @Nullable String addressIndex,
			@Nullable String phoneCipher, @Nullable String phoneIndex) {
	}

	/**
	 * A report sealed for storing: the phone encrypted and blind-indexed, the client address hashed when the hourly
	 * limits apply to its sender, and the Idempotency-Key scoped to the sender. Done on the caller's thread, so the
	 * writer of a batch only stores ({@link #take}).
	 */
	Incoming incoming(UUID id, String trackingCode, String district, @Nullable String grid, NewReport report,
			Reporter reporter, @Nullable String idempotencyKey, List<byte[]> photos) {
		String phone = report.phone();
		String address = reporter.limited() && reporter.address() != null
				? cipher.blindIndex(reporter.address(), "matter.reporter_address") : null;
		return new Incoming(id, trackingCode, district, grid, report, reporter,
				idempotencyKey == null ? null : IdempotencyKey.of(idempotencyKey, reporter, address, report, photos, cipher),
				address, phone == null ? null : cipher.encrypt(phone, PHONE),
				phone == null ? null : cipher.blindIndex(phone, PHONE));
	}

	/**
	 * What taking a report did: whether the hourly limits refused it, whether it was stored (false as well when its
	 * sender used its Idempotency-Key before), and the tracking codes of likely duplicates nearby.
	 */
	record Taken(boolean refused, boolean stored, List<String> nearby) {
	}

	/**
	 * Whether a report whose sender has hourly limits is over one already, counting stored reports only: a cheap look
	 * before its photos are decoded and written. {@link #take} still decides, counting the reports of its batch too.
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
			.param("address", report.addressIndex()).param("phone", report.phoneIndex())
			.param("perAddress", perAddressPerHour).param("perPhone", perPhonePerHour)
			.query(Boolean.class).single();
	}

	/**
	 * Takes a batch of reports in one statement: per report the hourly limits of reporters who are not staff (per
	 * address and per phone, each count bounded, earlier reports of the same batch counted too; the stored reports
	 * counted are those with an address index, which staff entries never have: a hotline call's phone is the caller's,
	 * not the staff member's), the matter and its first timeline entry ("received", public), and the likely duplicates
	 * nearby (stored ones and earlier ones of the same batch). A report whose sender used its Idempotency-Key before
	 * inserts nothing; the unique (scope, key) decides, so there is no look-up before the insert. The statement's plan
	 * is kept (generic): planning it anew costs more than running it. Answers one {@link Taken} per report, in order;
	 * runs in the caller's transaction.
	 */
	List<Taken> take(List<Incoming> reports, Instant now) {
		int size = reports.size();
		UUID[] ids = new UUID[size];
		String[][] text = new String[14][size];
		Double[][] numbers = new Double[2][size];
		Boolean[] limited = new Boolean[size];
		for (int i = 0; i < size; i++) {
			Incoming in = reports.get(i);
			NewReport report = in.report();
			IdempotencyKey key = in.idempotencyKey();
			String createdBy = in.reporter().username();
			ids[i] = in.id();
			String[] row = { in.trackingCode(), in.district(), in.grid(), report.categoryCode(), report.description(),
					report.channel().name(), in.phoneCipher(), in.phoneIndex(), in.addressIndex(),
					key == null ? null : key.key(), createdBy, createdBy == null ? "reporter" : createdBy,
					key == null ? null : key.scope(), key == null ? null : key.requestHash() };
			for (int column = 0; column < row.length; column++) {
				text[column][i] = row[column];
			}
			numbers[0][i] = report.lat();
			numbers[1][i] = report.lng();
			limited[i] = in.reporter().limited();
		}
		jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
		List<Taken> taken = jdbc.sql("""
				with report as (
				    select * from unnest(cast(:ids as uuid[]), cast(:codes as varchar[]), cast(:districts as varchar[]),
				                         cast(:grids as varchar[]), cast(:categories as varchar[]),
				                         cast(:descriptions as varchar[]), cast(:channels as varchar[]),
				                         cast(:phoneCiphers as varchar[]), cast(:phoneIndexes as char(64)[]),
				                         cast(:addresses as char(64)[]), cast(:keys as varchar[]), cast(:creators as varchar[]),
				                         cast(:actors as varchar[]), cast(:scopes as varchar[]),
				                         cast(:requestHashes as char(64)[]), cast(:limited as boolean[]),
				                         cast(:lats as float8[]), cast(:lngs as float8[]))
				        with ordinality
				        as r(id, code, district, grid, category, description, channel, phone_cipher, phone_index, address,
				             key, created_by, actor, scope, request_hash, limited, lat, lng, n)
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
				           address, 'REPORTED', :at, :at, scope, key, request_hash, created_by
				    from checked where not refused order by n
				    on conflict (idempotency_scope, idempotency_key) do nothing
				    returning id
				), received as (
				    insert into matter_timeline (matter_id, at, actor, action, from_stage, to_stage, note, public)
				    select id, :at, actor, 'report', 'REPORTED', 'REPORTED', 'matter.note.received', true
				    from reported join checked using (id)
				)
				select c.refused, exists (select 1 from reported p where p.id = c.id) as stored,
				       array(select code from (
				           (select m.tracking_code as code, metres_between(m.lat, m.lng, c.lat, c.lng) as metres
				            from matter m where\s""" + nearby("c.category", "c.lat", "c.lng") + """
				           )
				           union all
				           select e.code, metres_between(e.lat, e.lng, c.lat, c.lng) from checked e
				           where e.n < c.n and e.id in (select id from reported) and e.category = c.category
				             and metres_between(e.lat, e.lng, c.lat, c.lng) <= 50) near
				         order by metres limit 10) as nearby
				from checked c order by c.n
				""")
			.param("ids", ids).param("codes", text[0]).param("districts", text[1]).param("grids", text[2])
			.param("categories", text[3]).param("descriptions", text[4]).param("channels", text[5])
			.param("phoneCiphers", text[6]).param("phoneIndexes", text[7]).param("addresses", text[8])
			.param("keys", text[9]).param("creators", text[10]).param("actors", text[11])
			.param("scopes", text[12]).param("requestHashes", text[13]).param("limited", limited)
			.param("lats", numbers[0]).param("lngs", numbers[1])
			.param("perAddress", perAddressPerHour).param("perPhone", perPhonePerHour)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Taken(rs.getBoolean("refused"), rs.getBoolean("stored"),
					List.of((String[]) rs.getArray("nearby").getArray())))
			.list();
		if (taken.size() != size) {
			throw new IllegalStateException(taken.size() + " answers for " + size + " reports");
		}
		return taken;
	}

	Optional<MatterView> find(UUID id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query(this::toView).optional();
	}

	Optional<MatterView> findByTrackingCode(String code) {
		return jdbc.sql(SELECT + " where m.tracking_code = ?").param(code).query(this::toView).optional();
	}

	/** Matters in scope, open ones first; with {@code unlocated}, also those no grid could be found for. */
	List<MatterView> queue(GridScope scope, boolean unlocated, @Nullable String department, int limit) {
		return jdbc.sql(SELECT + """
				where (m.grid_code like any (cast(:patterns as text[])) or (:unlocated and m.grid_code is null)
				       or m.department_code = cast(:department as varchar))
				order by case when m.stage in ('STRUCK_OFF', 'VOIDED', 'MERGED') then 1 else 0 end, m.reported_at desc
				limit :limit
				""")
			.param("patterns", scope.sqlPatterns())
			.param("unlocated", unlocated)
			.param("department", department)
			.param("limit", limit)
			.query(this::toView)
			.list();
	}

	/**
	 * The clock changes a step makes; null leaves a value as it is. A new resolution limit (triage, an approved
	 * extension) lets the matter escalate again when that one passes.
	 */
	record Deadlines(@Nullable Instant acceptDue, @Nullable Instant resolveDue, @Nullable Instant acceptedAt,
			@Nullable Instant resolvedAt, boolean clearAccepted, boolean clearResolved) {

		static final Deadlines NONE = new Deadlines(null, null, null, null);

		Deadlines(@Nullable Instant acceptDue, @Nullable Instant resolveDue, @Nullable Instant acceptedAt,
				@Nullable Instant resolvedAt) {
			this(acceptDue, resolveDue, acceptedAt, resolvedAt, false, false);
		}
	}

	/** Applies a transition if nobody else changed the matter since {@code version} was read. */
	boolean apply(UUID id, int version, Matter matter, @Nullable Urgency urgency, @Nullable Difficulty difficulty,
			Deadlines deadlines) {
		return jdbc.sql("""
				update matter set stage = :stage, colour = :colour, reopened = :reopened,
				       urgency = coalesce(:urgency, urgency), difficulty = coalesce(:difficulty, difficulty),
				       accept_due = coalesce(:acceptDue, accept_due), resolve_due = coalesce(:resolveDue, resolve_due),
				       escalated_at = case when cast(:resolveDue as timestamptz) is null then escalated_at end,
				       accepted_at = case when :clearAccepted then null else coalesce(:acceptedAt, accepted_at) end,
				       resolved_at = case when :clearResolved then null else coalesce(:resolvedAt, resolved_at) end,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("acceptDue", utc(deadlines.acceptDue()))
			.param("resolveDue", utc(deadlines.resolveDue()))
			.param("acceptedAt", utc(deadlines.acceptedAt()))
			.param("resolvedAt", utc(deadlines.resolvedAt()))
			.param("clearAccepted", deadlines.clearAccepted())
			.param("clearResolved", deadlines.clearResolved())
			.param("stage", matter.stage().name())
			.param("colour", matter.colour() == null ? null : matter.colour().name())
			.param("reopened", matter.reopened())
			.param("urgency", urgency == null ? null : urgency.name())
			.param("difficulty", difficulty == null ? null : difficulty.name())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Hands a red matter to a department (in the transaction that dispatched it). */
	void setDepartment(UUID id, String department) {
		jdbc.sql("update matter set department_code = ? where id = ?").params(department, id).update();
	}

	void markMerged(UUID id, UUID into) {
		jdbc.sql("update matter set merged_into = ? where id = ?").params(into, id).update();
	}

	List<String> mergedTrackingCodes(UUID into) {
		return jdbc.sql("select tracking_code from matter where merged_into = ? order by reported_at")
			.param(into)
			.query(String.class)
			.list();
	}

	/** Records a rating; a reopening rating ({@code resolveDue} given) also starts a new resolution period. */
	boolean rate(UUID id, int version, Matter matter, Rating rating, @Nullable Instant resolveDue) {
		return jdbc.sql("""
				update matter set stage = :stage, reopened = :reopened, rating = :rating, version = version + 1,
				       updated_at = now(),
				       resolved_at = case when cast(:due as timestamptz) is null then resolved_at end,
				       resolve_due = coalesce(cast(:due as timestamptz), resolve_due),
				       escalated_at = case when cast(:due as timestamptz) is null then escalated_at end
				where id = :id and version = :version
				""")
			.param("stage", matter.stage().name()).param("reopened", matter.reopened()).param("rating", rating.name())
			.param("due", utc(resolveDue)).param("id", id).param("version", version)
			.update() == 1;
	}


	/**
	 * Likely duplicates of a report at (lat, lng), as a condition on {@code matter m} followed by their order: same
	 * category, within 50 m and 7 days, not voided or merged, the nearest ten first. The SP-GiST index of points
	 * (V9_0) finds candidates in a box of ±55 m, nearest first; the exact distance is checked after.
	 */
	private static String nearby(String category, String lat, String lng) {
		return """
				point(m.lng, m.lat) <@ box(point(%3$s - 55 / (111195.0 * cos(radians(%2$s))), %2$s - 55 / 111195.0),
				                           point(%3$s + 55 / (111195.0 * cos(radians(%2$s))), %2$s + 55 / 111195.0))
				  and m.category_code = %1$s and m.reported_at > now() - interval '7 days' and m.lat is not null
				  and m.stage not in ('VOIDED', 'MERGED') and metres_between(m.lat, m.lng, %2$s, %3$s) <= 50
				order by point(m.lng, m.lat) <-> point(%3$s, %2$s) limit 10
				""".formatted(category, lat, lng);
	}

	/** Likely duplicates of a matter, other than itself ({@link #nearby(String, String, String)}). */
	List<String> nearby(UUID id, String category, double lat, double lng) {
		return jdbc.sql("select m.tracking_code from matter m where m.id <> :id and "
				+ nearby("cast(:category as varchar)", "cast(:lat as float8)", "cast(:lng as float8)"))
			.param("id", id).param("category", category).param("lat", lat).param("lng", lng)
			.query(String.class)
			.list();
	}

	boolean gridExists(String code) {
		return jdbc.sql("select exists (select 1 from grid where code = ?)").param(code).query(Boolean.class).single();
	}

	boolean assignGrid(UUID id, int version, String gridCode) {
		return jdbc.sql("""
				update matter set grid_code = ?, district_code = ?, version = version + 1, updated_at = now()
				where id = ? and version = ? and grid_code is null
				""").params(gridCode, gridCode.substring(0, 6), id, version).update() == 1;
	}

	/**
	 * Stores photos of a step of the work ({@code step}: its timeline entry), or a report's photos before the report
	 * exists ({@code matter} and {@code step} null: unlinked until {@link #linkPhotos}). Answers their ids.
	 */
	List<UUID> storePhotos(@Nullable UUID matter, @Nullable Long step, List<PhotoSanitizer.Photo> photos) {
		List<UUID> ids = new java.util.ArrayList<>();
		for (PhotoSanitizer.Photo photo : photos) {
			UUID id = UUID.randomUUID();
			jdbc.sql("insert into matter_photo (id, matter_id, timeline_id, content_type, bytes) values (?, ?, ?, ?, ?)")
				.params(id, matter, step, photo.contentType(), photo.bytes())
				.update();
			ids.add(id);
		}
		return ids;
	}

	/** Links photos kept before their reports ({@link #storePhotos}) to them: one statement for a batch. */
	void linkPhotos(List<UUID> photos, List<UUID> matters) {
		if (photos.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update matter_photo p set matter_id = l.matter
				from unnest(cast(:photos as uuid[]), cast(:matters as uuid[])) as l(photo, matter)
				where p.id = l.photo and p.matter_id is null
				""").param("photos", photos.toArray(UUID[]::new)).param("matters", matters.toArray(UUID[]::new)).update();
	}

	/** Deletes photos whose report was never taken, kept longer than {@code age}; answers how many. */
	int deleteUnlinkedPhotos(java.time.Duration age) {
		return jdbc.sql("delete from matter_photo where matter_id is null and created_at < now() - make_interval(secs => ?)")
			.param(age.toSeconds()).update();
	}

	/** The reporter's photos. */
	List<UUID> photoIds(UUID matter) {
		return jdbc.sql("select id from matter_photo where matter_id = ? and timeline_id is null order by created_at, id")
			.param(matter)
			.query(UUID.class).list();
	}

	Optional<PhotoSanitizer.Photo> photo(UUID matter, UUID photo) {
		return jdbc.sql("select content_type, bytes from matter_photo where matter_id = ? and id = ?")
			.params(matter, photo)
			.query((rs, row) -> new PhotoSanitizer.Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** Appends a step to the matter's timeline; answers the entry's id, which the step's photos refer to. */
	long recordTimeline(UUID id, Instant at, String actor, Transition transition, boolean isPublic) {
		return jdbc.sql("""
				insert into matter_timeline (matter_id, at, actor, action, from_stage, to_stage, note, public)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(id, at.atOffset(ZoneOffset.UTC), actor, transition.action(),
					transition.from() == null ? null : transition.from().name(), transition.to().name(),
					transition.note(), isPublic)
			.query(Long.class)
			.single();
	}

	/** The latest step of a matter's timeline ("rate" once the resident has rated the last strike-off). */
	@Nullable String lastAction(UUID id) {
		return jdbc.sql("select action from matter_timeline where matter_id = ? order by id desc limit 1").param(id)
			.query(String.class).optional().orElse(null);
	}

	/** The timeline in order; the public one (tracking page) without the steps' photos. */
	List<TimelineEntry> timeline(UUID id, boolean publicOnly) {
		return jdbc.sql("""
				select t.*, case when ? then cast('{}' as uuid[])
				                 else array(select p.id from matter_photo p where p.timeline_id = t.id order by p.created_at, p.id)
				            end as photos
				from matter_timeline t where t.matter_id = ? and (t.public or not ?) order by t.id
				""")
			.params(publicOnly, id, publicOnly)
			.query((rs, row) -> new TimelineEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"),
					rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
					Stage.valueOf(rs.getString("to_stage")), rs.getString("note"), rs.getBoolean("public"),
					List.of((UUID[]) rs.getArray("photos").getArray())))
			.list();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** The reporter's phone, masked; empty when none was given. */
	Optional<String> maskedReporterPhone(UUID id) {
		return jdbc.sql("select reporter_phone_cipher from matter where id = ? and reporter_phone_cipher is not null")
			.param(id)
			.query(String.class)
			.optional()
			.map(cipherText -> Masking.phone(cipher.decrypt(cipherText, PHONE)));
	}

	private MatterView toView(ResultSet rs, int row) throws SQLException {
		return new MatterView(rs.getObject("id", UUID.class), rs.getString("tracking_code"), rs.getString("district_code"),
				rs.getString("grid_code"),
				rs.getString("category_code"), rs.getString("category_name"), rs.getString("description"),
				Channel.valueOf(rs.getString("channel")), Stage.valueOf(rs.getString("stage")),
				rs.getString("colour") == null ? null : Colour.valueOf(rs.getString("colour")),
				rs.getString("urgency") == null ? null : Urgency.valueOf(rs.getString("urgency")),
				rs.getString("difficulty") == null ? null : Difficulty.valueOf(rs.getString("difficulty")),
				rs.getBoolean("reopened"), rs.getInt("version"),
				rs.getObject("reported_at", OffsetDateTime.class).toInstant(), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lng"), instant(rs, "accept_due"), instant(rs, "resolve_due"),
				rs.getString("department_code"), rs.getObject("merged_into", UUID.class));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
