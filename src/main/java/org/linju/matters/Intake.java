package org.linju.matters;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.GridLocation;
import org.linju.grid.GridLocator;
import org.linju.grid.Regions;
import org.linju.shared.DatabaseAway;
import org.linju.shared.PhoneNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a report from any channel: checks it, locates it to a grid (or leaves it for the manual queue), keeps the
 * phone encrypted, and hands out a tracking code. With an {@code Idempotency-Key}, a retried submission returns the
 * first receipt and never makes a second matter: the key is unique per sender in the table, so the retry's insert does
 * nothing and the first matter's receipt is returned (no look-up before the insert, which almost every request would
 * pay for). The same key with a different report is refused ({@link IdempotencyKeyReused}); another sender's use of
 * the same key is a report of its own. Limits, insert and the search for likely duplicates are one statement for a
 * whole batch of reports ({@link IntakeStatement#receive}).
 */
@Service
public class Intake {

    /** A photo larger than this is refused; a form need not read more of it than one byte past. */
    public static final int MAX_PHOTO_BYTES = PhotoSanitizer.MAX_BYTES;

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final MatterStore store;
    private final IntakeStatement statement;
    private final MatterPhotos photoStore;
    private final MatterCatalogue catalogue;
    private final GridLocator locator;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PhotoSanitizer sanitizer;
    private final PhotoReportsInFlight photoReports = new PhotoReportsInFlight();
    private final SecureRandom random = new SecureRandom();
    /**
     * Reports from all callers are written in batches: one statement and one commit for as many reports as arrived
     * during the previous write. Each caller still answers only after its report is committed. With one writer (the
     * default) each batch sees the previous one, so the hourly limits hold however many reports arrive together.
     */
    private final BatchWriter<Pending, IntakeStatement.Taken> writer;

    /** A report for the writer, its photos (stored unlinked), and when it arrived by the caller's (steerable) clock. */
    private record Pending(IntakeStatement.Incoming report, List<UUID> photos, Instant at) {}

    Intake(
            MatterStore store,
            IntakeStatement statement,
            MatterPhotos photoStore,
            MatterCatalogue catalogue,
            GridLocator locator,
            Regions regions,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${linju.matters.intake-writers:1}") int writers,
            PhotoSanitizer sanitizer) {
        this.catalogue = catalogue;
        this.sanitizer = sanitizer;
        this.events = events;
        this.store = store;
        this.statement = statement;
        this.photoStore = photoStore;
        this.locator = locator;
        this.regions = regions;
        this.transactions = transactions;
        this.clock = clock;
        // A constraint one report breaks fails only that report; anything else fails the batch, and the database away
        // (no connection, or one lost) every report queued behind it too, so each is answered 503 at once.
        this.writer = new BatchWriter<>(
                "intake",
                writers,
                100,
                5_000,
                Duration.ofSeconds(30),
                this::write,
                e -> e instanceof DataIntegrityViolationException,
                DatabaseAway::causes);
    }

    /** A report entered by a staff member ({@code createdBy}), or without one an anonymous report of unknown address. */
    public Receipt report(NewReport raw, @Nullable String idempotencyKey, @Nullable String createdBy) {
        return report(
                raw,
                List.of(),
                idempotencyKey,
                createdBy == null ? Reporter.anonymous(null) : Reporter.staffMember(createdBy));
    }

    /** With up to six photos (JPEG or PNG, at most 5 MB each), stored without their metadata. */
    public Receipt report(NewReport raw, List<byte[]> photos, @Nullable String idempotencyKey, Reporter reporter) {
        NewReport report = checked(raw, reporter);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > IdempotencyKey.MAX_LENGTH) {
            throw new UnacceptableReport("Idempotency-Key", "matter.badIdempotencyKey");
        }
        Optional<GridLocation> grid = report.lat() == null || report.lng() == null
                ? Optional.empty()
                : locator.locate(report.lat(), report.lng());
        String gridCode = grid.map(GridLocation::code).orElse(null);
        IntakeStatement.Incoming incoming = statement.incoming(
                UUID.randomUUID(),
                trackingCode(),
                gridCode == null ? regions.homeDistrict().value() : gridCode.substring(0, 6),
                gridCode,
                report,
                reporter,
                key,
                photos);
        boolean limitedPhotos = !photos.isEmpty() && reporter.limited();
        return photoReports.oneAtATime(
                limitedPhotos ? incoming.addressIndex() : null, () -> take(incoming, photos, gridCode, reporter));
    }

    private Receipt take(
            IntakeStatement.Incoming incoming, List<byte[]> photos, @Nullable String gridCode, Reporter reporter) {
        // Over the hourly limits, photos are neither decoded nor written. Reports without photos skip this look-up (the
        // hot path of the intake benchmark): take decides exactly in any case.
        if (!photos.isEmpty() && statement.overHourlyLimits(incoming)) {
            IdempotencyKey scoped = incoming.idempotencyKey();
            return (scoped == null ? Optional.<Receipt>empty() : earlier(scoped)).orElseThrow(TooManyReports::new);
        }
        List<PhotoSanitizer.Photo> clean = sanitizer.cleanAll(photos);
        // The photos' bytes are written now, on this request's connection, not in the batch every report waits for.
        List<UUID> photoIds = clean.isEmpty()
                ? List.of()
                : Objects.requireNonNull(transactions.execute(status -> photoStore.storePhotos(null, null, clean)));
        IntakeStatement.Taken taken;
        try {
            taken = writer.submit(new Pending(incoming, photoIds, clock.instant()));
        } catch (BatchWriter.Busy e) {
            throw new IntakeBusy(e);
        }
        if (!taken.stored()) {
            // A retry of a report already taken gets the first receipt, even when the limits refuse new reports.
            IdempotencyKey scoped = incoming.idempotencyKey();
            Optional<Receipt> first = scoped == null ? Optional.empty() : earlier(scoped);
            return first.orElseThrow(() -> taken.refused()
                    ? new TooManyReports()
                    : new IllegalStateException("report neither stored nor found by its key"));
        }
        return new Receipt(
                incoming.id().toString(),
                incoming.trackingCode(),
                gridCode,
                reporter.staff() ? taken.nearby() : List.of(),
                taken.nearby().size());
    }

    /** Stores a batch of reports, links their photos and publishes their events in one transaction ({@link #writer}). */
    private List<IntakeStatement.Taken> write(List<Pending> batch) {
        return transactions.execute(status -> {
            List<IntakeStatement.Taken> taken = statement.receive(
                    batch.stream().map(Pending::report).toList(),
                    batch.stream().map(Pending::at).toList());
            List<UUID> photos = new ArrayList<>();
            List<UUID> owners = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (taken.get(i).stored()) {
                    IntakeStatement.Incoming report = batch.get(i).report();
                    batch.get(i).photos().forEach(photo -> {
                        photos.add(photo);
                        owners.add(report.id());
                    });
                    events.publishEvent(new MatterReported(
                            report.id(),
                            report.trackingCode(),
                            report.report().categoryCode(),
                            catalogue.nameOf(report.report().categoryCode()),
                            report.district(),
                            report.grid()));
                }
            }
            photoStore.linkPhotos(photos, owners);
            return taken;
        });
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    /** The receipt of the report this sender first sent with this key; the key with another report is refused. */
    private Optional<Receipt> earlier(IdempotencyKey key) {
        Optional<IntakeStatement.FirstWithKey> first = statement.firstWith(key);
        if (first.isPresent() && !first.get().sameReport()) {
            throw new IdempotencyKeyReused();
        }
        return first.flatMap(matter -> store.find(matter.id()))
                .map(matter ->
                        new Receipt(matter.id().toString(), matter.trackingCode(), matter.gridCode(), List.of(), 0));
    }

    private NewReport checked(NewReport report, Reporter reporter) {
        if (report.channel().staffEntry() && !reporter.staff()) {
            throw new UnacceptableReport("channel", "matter.badChannel");
        }
        String description =
                report.description() == null ? "" : report.description().strip();
        if (description.length() < 5 || description.length() > 2000) {
            throw new UnacceptableReport("description", "matter.badDescription");
        }
        if (description.indexOf('\0') >= 0) {
            throw new UnacceptableReport("description", "matter.nullCharacter");
        }
        if (report.categoryCode() == null || !catalogue.offers(report.categoryCode())) {
            throw new UnacceptableReport("categoryCode", "matter.unknownCategory");
        }
        if ((report.lat() == null) != (report.lng() == null)
                || (report.lat() != null
                        && (report.lat() < -90 || report.lat() > 90 || report.lng() < -180 || report.lng() > 180))) {
            throw new UnacceptableReport("lat", "matter.badLocation");
        }
        String phone = null;
        if (report.phone() != null && !report.phone().isBlank()) {
            if (!PhoneNumber.isValid(report.phone())) {
                throw new UnacceptableReport("phone", "phone.format");
            }
            phone = PhoneNumber.of(report.phone()).value();
        }
        return new NewReport(description, report.categoryCode(), report.lat(), report.lng(), phone, report.channel());
    }

    private String trackingCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
