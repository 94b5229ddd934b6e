package com.taoshu.admin;

import com.taoshu.testsupport.AppSmokeTestBase;

class AdminConsoleApplicationIT extends AppSmokeTestBase {

    @Override
    protected String[] expectedApiPaths() {
        return new String[] {"/api/admin/auth/login", "/api/admin/readers", "/api/admin/staff"};
    }
}
