package com.taoshu.app;

import com.taoshu.testsupport.AppSmokeTestBase;

class MiniappApplicationIT extends AppSmokeTestBase {

    @Override
    protected String[] expectedApiPaths() {
        return new String[] {"/api/app/auth/wx-login", "/api/app/me"};
    }
}
