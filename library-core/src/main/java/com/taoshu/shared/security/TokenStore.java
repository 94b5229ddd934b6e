package com.taoshu.shared.security;

import com.taoshu.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Opaque bearer tokens kept in Redis, so every instance sees the same sessions. Only a SHA-256 of the token is used as
 * the key: a Redis dump does not leak usable tokens.
 *
 * <p>A session slides (each use extends it by the idle TTL) but never outlives its absolute lifetime from the login.
 * Each account keeps an index of its sessions ({@code …:sessions:<account>}: token hash → issued at, client), so all of
 * an account's sessions can be listed and ended at once — on logout everywhere, when the account is disabled, or when
 * its password, role or branch changes (a token carries the branch it was issued with).
 *
 * <p>Sessions run on the wall clock, as Redis' TTLs do — not on the injected business {@link Clock}, which tests (and
 * a library re-running a day) move forward by days while they go on acting with the same tokens.
 */
@Component
public class TokenStore {

    private static final String TOKEN_PREFIX = "taoshu:auth:token:";
    private static final String SESSIONS_PREFIX = "taoshu:auth:sessions:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedissonClient redisson;
    private final AuthProperties properties;
    private final SessionProperties lifetimes;
    private final Clock clock;

    public TokenStore(RedissonClient redisson, AuthProperties properties, SessionProperties lifetimes) {
        this.redisson = redisson;
        this.properties = properties;
        this.lifetimes = lifetimes;
        this.clock = Clock.systemUTC();
    }

    /** One live session of an account, as an admin sees it: never the token, only a short id of its hash. */
    public record Session(String id, Instant issuedAt, Instant expiresBy, String clientIp, String userAgent) {
    }

    /** A resolved token: who, and the hash that names its session (for logout). */
    public record Resolved(Principal principal, String tokenHash) {
    }

    public String issue(Principal principal) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = sha256(token);
        Instant now = clock.instant();
        tokenBucket(hash).set(encode(principal, now), idleTtl(principal));
        RMap<String, String> sessions = sessions(accountKey(principal));
        sessions.fastPut(hash, now.toEpochMilli() + "|" + client());
        sessions.expire(maxLifetime(principal));
        return token;
    }

    /**
     * The principal of a live token, extending its life (sliding, never past the absolute lifetime). A token past its
     * absolute lifetime is removed.
     */
    public Optional<Resolved> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        String hash = sha256(token);
        RBucket<String> bucket = tokenBucket(hash);
        String value = bucket.get();
        if (value == null) {
            return Optional.empty();
        }
        Decoded decoded;
        try {
            decoded = decode(value);
        } catch (RuntimeException unreadable) {
            bucket.delete(); // written by an older version: that session ends, the client logs in again
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), decoded.issuedAt().plus(maxLifetime(decoded.principal())));
        if (left.isNegative() || left.isZero()) {
            revokeHash(decoded.principal(), hash);
            return Optional.empty();
        }
        Duration idle = idleTtl(decoded.principal());
        bucket.expire(left.compareTo(idle) < 0 ? left : idle);
        return Optional.of(new Resolved(decoded.principal(), hash));
    }

    /** Ends one session (logout). */
    public void revoke(Resolved session) {
        revokeHash(session.principal(), session.tokenHash());
    }

    /** Ends every session of a staff account. */
    public int revokeAllOfStaff(long staffId) {
        return revokeAll("S:" + staffId);
    }

    /** Ends every session of a reader. */
    public int revokeAllOfReader(long readerId) {
        return revokeAll("R:" + readerId);
    }

    /** Ends one session of a staff account by the id shown in {@link #sessionsOfStaff}; false when there is none. */
    public boolean revokeStaffSession(long staffId, String sessionId) {
        RMap<String, String> sessions = sessions("S:" + staffId);
        for (String hash : sessions.readAllKeySet()) {
            if (sessionId != null && sessionId.length() >= 12 && hash.startsWith(sessionId)) {
                tokenBucket(hash).delete();
                sessions.fastRemove(hash);
                return true;
            }
        }
        return false;
    }

    /** The live sessions of a staff account, newest first (ended or expired ones are dropped from the index here). */
    public List<Session> sessionsOfStaff(long staffId) {
        RMap<String, String> sessions = sessions("S:" + staffId);
        List<Session> live = new ArrayList<>();
        for (Map.Entry<String, String> entry : sessions.readAllEntrySet()) {
            RBucket<String> bucket = tokenBucket(entry.getKey());
            String value = bucket.get();
            if (value == null) {
                sessions.fastRemove(entry.getKey());
                continue;
            }
            Decoded decoded;
            try {
                decoded = decode(value);
            } catch (RuntimeException unreadable) {
                continue;
            }
            String[] meta = entry.getValue().split("\\|", 3);
            long ttl = bucket.remainTimeToLive();
            Instant idleEnd = ttl > 0 ? clock.instant().plusMillis(ttl) : null;
            Instant absoluteEnd = decoded.issuedAt().plus(maxLifetime(decoded.principal()));
            Instant expiresBy = idleEnd == null || absoluteEnd.isBefore(idleEnd) ? absoluteEnd : idleEnd;
            live.add(new Session(entry.getKey().substring(0, 12), decoded.issuedAt(), expiresBy,
                    meta.length > 1 ? meta[1] : "", meta.length > 2 ? meta[2] : ""));
        }
        live.sort(Comparator.comparing(Session::issuedAt).reversed());
        return live;
    }

    private int revokeAll(String account) {
        RMap<String, String> sessions = sessions(account);
        int ended = 0;
        for (String hash : sessions.readAllKeySet()) {
            if (tokenBucket(hash).delete()) {
                ended++;
            }
        }
        sessions.delete();
        return ended;
    }

    private void revokeHash(Principal principal, String hash) {
        tokenBucket(hash).delete();
        sessions(accountKey(principal)).fastRemove(hash);
    }

    private Duration idleTtl(Principal principal) {
        return principal instanceof Principal.Reader ? properties.readerTokenTtl() : properties.staffTokenTtl();
    }

    private Duration maxLifetime(Principal principal) {
        return principal instanceof Principal.Reader ? lifetimes.readerMaxLifetime() : lifetimes.staffMaxLifetime();
    }

    private RBucket<String> tokenBucket(String hash) {
        return redisson.getBucket(TOKEN_PREFIX + hash, StringCodec.INSTANCE);
    }

    private RMap<String, String> sessions(String account) {
        return redisson.getMap(SESSIONS_PREFIX + account, StringCodec.INSTANCE);
    }

    private static String accountKey(Principal principal) {
        return switch (principal) {
            case Principal.Reader r -> "R:" + r.id().value();
            case Principal.Staff s -> "S:" + s.staff().staffId();
        };
    }

    /** The calling client, for an admin's view of sessions: address and a shortened user agent. */
    private static String client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String agent = Optional.ofNullable(request.getHeader("User-Agent")).orElse("").replace('|', ' ');
            return ClientIp.of(request) + "|" + (agent.length() > 120 ? agent.substring(0, 120) : agent);
        }
        return "|";
    }

    private record Decoded(Principal principal, Instant issuedAt) {
    }

    static String encode(Principal principal, Instant issuedAt) {
        String at = Long.toString(issuedAt.toEpochMilli());
        return switch (principal) {
            case Principal.Reader r -> "R|" + at + "|" + r.id().value();
            case Principal.Staff s -> "S|" + at + "|" + s.staff().staffId() + "|" + s.staff().role() + "|"
                    + (s.staff().branchId() == null ? "" : s.staff().branchId()) + "|" + s.staff().name();
        };
    }

    static Decoded decode(String value) {
        String[] parts = value.split("\\|", 6);
        Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        if (parts[0].equals("R")) {
            return new Decoded(new Principal.Reader(new ReaderId(Long.parseLong(parts[2]))), issuedAt);
        }
        Long branch = parts[4].isEmpty() ? null : Long.valueOf(parts[4]);
        return new Decoded(new Principal.Staff(new StaffPrincipal(Long.parseLong(parts[2]), Role.valueOf(parts[3]), branch,
                parts[5])), issuedAt);
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
