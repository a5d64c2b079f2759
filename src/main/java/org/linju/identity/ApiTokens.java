package org.linju.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API tokens: a staff member makes one for a program that calls the API on their behalf (a hotline system posting
 * matters, a script reading the rates). A token acts as its account, with the account's role and area, until it
 * expires or is revoked, and not at all once the account is disabled. Only its SHA-256 hash is stored (a token is 32
 * random bytes, so a fast hash is enough); the token is shown once, when it is made.
 */
@Service
public class ApiTokens {

    /** What a token starts with, so that it is recognised (and found by secret scanners) wherever it leaks. */
    static final String PREFIX = "linju_";

    static final int MAX_PER_ACCOUNT = 10;
    static final List<Integer> LIFETIMES_IN_DAYS = List.of(30, 90, 365);

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    /** A token as its owner sees it on the tokens page: never the token itself. */
    public record Token(
            UUID id,
            String label,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token on the district admins' overview: whose it is, and the same facts as its owner sees. */
    public record Held(String username, Token token) {}

    /** A token just made: the only time its value is known. */
    public record Issued(UUID id, String token) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes a token for the signed-in person; residents have none (the public API needs none). {@code requestKey}
     * comes with the form: the same form sent again makes no second token (whose value nobody would have seen).
     */
    public Issued issue(CurrentUser user, String label, int days, UUID requestKey) {
        if (user.role() == Role.RESIDENT) {
            throw new OutOfScope("api tokens");
        }
        String name = label.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new BadTokenRequest("token.badLabel");
        }
        if (!LIFETIMES_IN_DAYS.contains(days)) {
            throw new BadTokenRequest("token.badLifetime");
        }
        if (jdbc.sql(
                                "select count(*) from api_token where account_id = ? and revoked_at is null and expires_at > now()")
                        .param(user.id())
                        .query(Integer.class)
                        .single()
                >= MAX_PER_ACCOUNT) {
            throw new BadTokenRequest("token.tooMany");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        int made = jdbc.sql("""
				insert into api_token (id, account_id, label, token_hash, expires_at, request_key)
				values (?, ?, ?, ?, now() + make_interval(days => ?), ?)
				on conflict (account_id, request_key) do nothing
				""")
                .params(id, user.id(), name, hash(token), days, requestKey)
                .update();
        if (made == 0) {
            throw new BadTokenRequest("token.alreadyMade");
        }
        log.info("API token {} ({}) made by {}", id, name, user.getUsername());
        return new Issued(id, token);
    }

    public List<Token> of(CurrentUser user) {
        return jdbc.sql("select * from api_token where account_id = ? order by created_at desc")
                .param(user.id())
                .query((rs, row) -> token(rs))
                .list();
    }

    /**
     * Every token of the accounts inside a district admin's area (all of them for an unrestricted admin), newest
     * first, so that a program's access can be cut off while the person who made its token is away.
     */
    public List<Held> inArea(CurrentUser admin) {
        if (admin.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("api tokens");
        }
        return jdbc.sql("""
				select a.username, t.* from api_token t join account a on a.id = t.account_id
				where :whole or\s""" + AccountStore.WITHIN_AREA + """
				order by t.created_at desc
				""")
                .param("whole", admin.scope().isUnrestricted())
                .param("patterns", admin.scope().sqlPatterns())
                .query((rs, row) -> new Held(rs.getString("username"), token(rs)))
                .list();
    }

    /** Revokes a token on the admins' overview: only one of an account inside the admin's area. */
    public void revokeInArea(CurrentUser admin, UUID id) {
        if (admin.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("api token");
        }
        int revoked = jdbc.sql("""
				update api_token t set revoked_at = now() from account a
				where t.id = :id and a.id = t.account_id and t.revoked_at is null and (:whole or\s""" + AccountStore.WITHIN_AREA + """
				)""")
                .param("id", id)
                .param("whole", admin.scope().isUnrestricted())
                .param("patterns", admin.scope().sqlPatterns())
                .update();
        if (revoked == 0) {
            throw new OutOfScope("api token");
        }
        log.info("API token {} revoked by district admin {}", id, admin.getUsername());
    }

    /** Revokes one of the person's own tokens; it stops working at once, on every instance. */
    public void revoke(CurrentUser user, UUID id) {
        int revoked = jdbc.sql(
                        "update api_token set revoked_at = now() where id = ? and account_id = ? and revoked_at is null")
                .params(id, user.id())
                .update();
        if (revoked == 0) {
            throw new OutOfScope("api token");
        }
        log.info("API token {} revoked by {}", id, user.getUsername());
    }

    /** Revokes every valid token of the person (after a password change, say); returns how many. */
    public int revokeAll(CurrentUser user) {
        int revoked = jdbc.sql(
                        "update api_token set revoked_at = now() where account_id = ? and revoked_at is null and expires_at > now()")
                .param(user.id())
                .update();
        log.info("{} API tokens revoked at once by {}", revoked, user.getUsername());
        return revoked;
    }

    /** The account a presented token acts for: none when it is unknown, expired, revoked or its account disabled. */
    Optional<CurrentUser> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Valid> valid = jdbc.sql("""
				select a.*, t.id as token_id, t.last_used_at as token_last_used
				from api_token t join account a on a.id = t.account_id
				where t.token_hash = ? and a.enabled and t.revoked_at is null and t.expires_at > now()
				""")
                .param(hash(token))
                .query((rs, row) -> new Valid(
                        rs.getObject("token_id", UUID.class),
                        nullableInstant(rs.getObject("token_last_used", OffsetDateTime.class)),
                        AccountStore.toUser(rs)))
                .optional();
        valid.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minusSeconds(60)))
                .ifPresent(found -> jdbc.sql("""
					update api_token set last_used_at = now()
					where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
					""").param(found.id()).update());
        return valid.map(Valid::user);
    }

    /** A token that may be used; its last use is noted at most once a minute, so a busy program writes little. */
    private record Valid(UUID id, @Nullable Instant lastUsedAt, CurrentUser user) {}

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Token token(ResultSet rs) throws SQLException {
        return new Token(
                rs.getObject("id", UUID.class),
                rs.getString("label"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                nullableInstant(rs.getObject("last_used_at", OffsetDateTime.class)),
                nullableInstant(rs.getObject("revoked_at", OffsetDateTime.class)));
    }

    private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** A token request the page refuses, with the message key saying why. */
    public static class BadTokenRequest extends RuntimeException {

        BadTokenRequest(String messageKey) {
            super(messageKey);
        }
    }
}
