package com.taoshu.staff;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.shared.security.LoginNames;
import com.taoshu.shared.security.PasswordHasher;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.internal.StaffMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first ADMIN of a fresh installation comes from TAOSHU_ADMIN_USERNAME / TAOSHU_ADMIN_PASSWORD, created on start
 * when no ADMIN exists yet. Nothing is created when they are unset.
 */
@Component
@Order(10)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffMapper staffMapper;
    private final PasswordHasher hasher;
    private final String username;
    private final String password;

    public AdminBootstrap(StaffMapper staffMapper, PasswordHasher hasher,
                          @Value("${taoshu.bootstrap-admin.username:}") String username,
                          @Value("${taoshu.bootstrap-admin.password:}") String password) {
        this.staffMapper = staffMapper;
        this.hasher = hasher;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        boolean anyAdmin = staffMapper.exists(Wrappers.<Staff>lambdaQuery().eq(Staff::getRole, Role.ADMIN));
        if (anyAdmin) {
            return;
        }
        String account = LoginNames.username(username);
        try {
            staffMapper.insert(Staff.create(account, null, "系统管理员", hasher.hash(password), Role.ADMIN, null));
            log.info("created the first ADMIN account '{}' from TAOSHU_ADMIN_USERNAME (user names are lower-case)", account);
        } catch (DuplicateKeyException e) {
            log.info("first ADMIN account was created concurrently by another instance");
        }
    }
}
