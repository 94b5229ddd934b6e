package com.taoshu.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens kept in Redis with a sliding expiry, so every instance sees the same sessions. Only a SHA-256
 * of the token is used as the key: a Redis dump does not leak usable tokens.
 */
@Component
public class TokenStore {

    private static final String PREFIX = "taoshu:auth:token:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedissonClient redisson;
    private final AuthProperties properties;

    public TokenStore(RedissonClient redisson, AuthProperties properties) {
        this.redisson = redisson;
        this.properties = properties;
    }

    public String issue(Principal principal) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        bucket(token).set(encode(principal), ttl(principal));
        return token;
    }

    /** The principal of a live token, extending its life (sliding expiry). */
    public Optional<Principal> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        RBucket<String> bucket = bucket(token);
        String value = bucket.get();
        if (value == null) {
            return Optional.empty();
        }
        Principal principal = decode(value);
        bucket.expire(ttl(principal));
        return Optional.of(principal);
    }

    public void revoke(String token) {
        bucket(token).delete();
    }

    private Duration ttl(Principal principal) {
        return principal instanceof Principal.Reader ? properties.readerTokenTtl() : properties.staffTokenTtl();
    }

    private RBucket<String> bucket(String token) {
        return redisson.getBucket(PREFIX + sha256(token), StringCodec.INSTANCE);
    }

    static String encode(Principal principal) {
        return switch (principal) {
            case Principal.Reader r -> "R|" + r.id().value();
            case Principal.Staff s -> "S|" + s.staff().staffId() + "|" + s.staff().role() + "|"
                    + (s.staff().branchId() == null ? "" : s.staff().branchId()) + "|" + s.staff().name();
        };
    }

    static Principal decode(String value) {
        String[] parts = value.split("\\|", 5);
        if (parts[0].equals("R")) {
            return new Principal.Reader(new ReaderId(Long.parseLong(parts[1])));
        }
        Long branch = parts[3].isEmpty() ? null : Long.valueOf(parts[3]);
        return new Principal.Staff(new StaffPrincipal(Long.parseLong(parts[1]), Role.valueOf(parts[2]), branch, parts[4]));
    }

    private static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
