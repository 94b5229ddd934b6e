package com.taoshu.shared.idempotency;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.CurrentPrincipal;
import com.taoshu.shared.security.Principal;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@link Idempotent} endpoints: one transaction holds the business change and the key's record (unique on
 * scope + key), so the stored first result and the change commit together or not at all. A concurrent duplicate
 * waits on the unique index and then replays; a failed first attempt stores nothing and may be retried. The key is
 * stored with a SHA-256 of the request it first came with ({@link #requestHash}): the same key with another request is
 * refused (422 IDEMPOTENCY_KEY_REUSED) rather than answered with the first request's result.
 */
@Aspect
@Component
public class IdempotencyAspect {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyAspect.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,64}");
    private static final int DEADLOCK_RETRIES = 3;

    private final IdempotencyRecordMapper mapper;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    /** The app's mapper writing map entries in key order, so a request body has one JSON form to hash. */
    private final JsonMapper canonicalJson;
    private final Clock clock;

    public IdempotencyAspect(IdempotencyRecordMapper mapper, TransactionTemplate tx, JsonMapper json, Clock clock) {
        this.mapper = mapper;
        this.tx = tx;
        this.json = json;
        this.canonicalJson = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        this.clock = clock;
    }

    @Around("@annotation(com.taoshu.shared.idempotency.Idempotent)")
    public Object around(ProceedingJoinPoint call) throws Throwable {
        HttpServletRequest request = currentRequest();
        String key = request == null ? null : request.getHeader(HEADER);
        if (key != null && !KEY.matcher(key).matches()) {
            throw new BizException(CommonErrorCode.BAD_REQUEST, "Idempotency-Key 格式不正确（8到64位字母、数字或 _ . : -）");
        }
        Method method = ((MethodSignature) call.getSignature()).getMethod();
        String scope = key == null ? null : scope(request, method);
        String hash = key == null ? null : requestHash(request, method, call.getArgs());
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    if (scope != null) {
                        claim(scope, key, hash);
                    }
                    Object result = proceed(call);
                    if (scope != null) {
                        store(scope, key, result);
                    }
                    return result;
                });
            } catch (DuplicateKeyException e) {
                if (scope == null || !isOurKey(e)) {
                    throw e;
                }
                return replay(scope, key, hash, method);
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= DEADLOCK_RETRIES) {
                    log.warn("giving up after {} deadlocks in {}", attempt, method.getName());
                    throw new BizException(CommonErrorCode.CONFLICT, "系统繁忙，请稍后重试");
                }
                log.info("deadlock in {}, retrying ({}/{})", method.getName(), attempt, DEADLOCK_RETRIES);
            }
        }
    }

    private static boolean isOurKey(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("uk_idempotency");
    }

    private void claim(String scope, String key, String hash) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.setScope(scope);
        record.setIdemKey(key);
        record.setRequestHash(hash);
        record.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(record); // blocks while a same-key request is in flight; duplicate once it committed
    }

    private void store(String scope, String key, Object result) {
        IdempotencyRecord update = new IdempotencyRecord();
        update.setResponse(json.writeValueAsString(result));
        mapper.update(update, Wrappers.<IdempotencyRecord>lambdaUpdate()
                .eq(IdempotencyRecord::getScope, scope).eq(IdempotencyRecord::getIdemKey, key));
    }

    private Object replay(String scope, String key, String hash, Method method) {
        IdempotencyRecord record = mapper.selectOne(Wrappers.<IdempotencyRecord>lambdaQuery()
                .eq(IdempotencyRecord::getScope, scope).eq(IdempotencyRecord::getIdemKey, key));
        if (record == null) {
            throw CommonErrorCode.IDEMPOTENCY_IN_PROGRESS.exception();
        }
        if (record.getRequestHash() != null && !record.getRequestHash().equals(hash)) {
            throw CommonErrorCode.IDEMPOTENCY_KEY_REUSED.exception(); // rows from before V19 have no hash: replayed
        }
        if (record.getResponse() == null) {
            throw CommonErrorCode.IDEMPOTENCY_IN_PROGRESS.exception();
        }
        JavaType type = json.getTypeFactory().constructType(method.getGenericReturnType());
        return json.readValue(record.getResponse(), type);
    }

    private static Object proceed(ProceedingJoinPoint call) {
        try {
            return call.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * What the request asks, as SHA-256 hex: method, path, query parameters (sorted by name) and the
     * {@code @RequestBody} argument as the controller received it, written back as JSON with map entries in key order.
     * Hashing the deserialised body rather than its bytes makes whitespace, key order and fields the endpoint ignores
     * no difference, and needs no request-caching filter; two bodies that bind to the same request record are the
     * same request. (Path variables are part of the path; the caller is part of the scope.)
     */
    private String requestHash(HttpServletRequest request, Method method, Object[] args) {
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI()).append('\n');
        Map<String, String> params = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, String.join("\u0000", values)));
        params.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length && i < args.length; i++) {
            if (Arrays.stream(annotations[i]).anyMatch(a -> a instanceof RequestBody)) {
                text.append(canonicalJson.writeValueAsString(args[i])).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The same key from another caller, or for another endpoint, is another request. */
    private static String scope(HttpServletRequest request, Method method) {
        String who = CurrentPrincipal.get().map(p -> switch (p) {
            case Principal.Reader r -> "R" + r.id().value();
            case Principal.Staff s -> "S" + s.staff().staffId();
        }).orElse("anon");
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName() + ":" + request.getRequestURI();
        String scope = who + "|" + where;
        return scope.length() <= 191 ? scope : who + "|" + Integer.toHexString(where.hashCode()) + where.substring(where.length() - 120);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
