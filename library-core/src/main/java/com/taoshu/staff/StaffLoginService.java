package com.taoshu.staff;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.security.LoginNames;
import com.taoshu.shared.security.LoginRateLimiter;
import com.taoshu.shared.security.PasswordHasher;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.TokenStore;
import com.taoshu.staff.internal.StaffMapper;
import org.springframework.stereotype.Service;

/**
 * Password login for librarians/admins (by username, admin console) and couriers (by phone, courier app). The name
 * typed is made canonical ({@link LoginNames}) before it is throttled, counted, locked or looked up: usernames are
 * stored lower-cased, so "PROBE_X" is the account "probe_x" with its failure count and lock.
 */
@Service
public class StaffLoginService {

    /** A hash of nothing anyone knows, checked when the account does not exist so timing does not reveal it. */
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO5P3Jqn8jDrZ4nKQbcx7pOxGZkQ1ZrOe";

    private final StaffMapper staffMapper;
    private final PasswordHasher hasher;
    private final TokenStore tokens;
    private final LoginRateLimiter limiter;

    public StaffLoginService(StaffMapper staffMapper, PasswordHasher hasher, TokenStore tokens, LoginRateLimiter limiter) {
        this.staffMapper = staffMapper;
        this.hasher = hasher;
        this.tokens = tokens;
        this.limiter = limiter;
    }

    public record StaffSession(String token, StaffView staff) {
    }

    public StaffSession loginLibrarian(String username, String password, String clientIp) {
        String account = LoginNames.username(username);
        limiter.checkAttempt("admin", account, clientIp);
        Staff staff = staffMapper.selectOne(Wrappers.<Staff>lambdaQuery().eq(Staff::getUsername, account));
        return finish("admin", account, staff, password, staff != null && staff.getRole() == Role.COURIER);
    }

    public StaffSession loginCourier(String phone, String password, String clientIp) {
        String account = LoginNames.phone(phone);
        limiter.checkAttempt("courier", account, clientIp);
        Staff staff = staffMapper.selectOne(Wrappers.<Staff>lambdaQuery().eq(Staff::getPhone, account));
        return finish("courier", account, staff, password, staff != null && staff.getRole() != Role.COURIER);
    }

    private StaffSession finish(String realm, String account, Staff staff, String password, boolean wrongApp) {
        boolean ok = hasher.matches(password, staff == null ? DUMMY_HASH : staff.getPasswordHash()) && staff != null;
        if (!ok) {
            limiter.recordFailure(realm, account);
            throw StaffErrorCode.BAD_CREDENTIALS.exception();
        }
        if (wrongApp) {
            throw StaffErrorCode.WRONG_APP.exception();
        }
        if (!Boolean.TRUE.equals(staff.getEnabled())) {
            throw StaffErrorCode.ACCOUNT_DISABLED.exception();
        }
        limiter.recordSuccess(realm, account);
        String token = tokens.issue(new Principal.Staff(staff.toPrincipal()));
        return new StaffSession(token, StaffView.of(staff));
    }
}
